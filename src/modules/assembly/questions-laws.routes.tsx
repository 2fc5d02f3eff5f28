// Questions to the government and laws: secretariat forms and public pages.
import type { RouteDef } from '../../platform/http/types';

export const questionsLawsRoutes: RouteDef[] = [];
