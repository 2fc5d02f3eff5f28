// The Constitution's Chapter VII as calculators: the JSON endpoints and the "rules explained" page.
import type { RouteDef } from '../../platform/http/types';

export const procedureRoutes: RouteDef[] = [];
