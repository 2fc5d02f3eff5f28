// Staff pages of one case: logging a walk-in, the case page with its actions, contacts and the forwarding letter.
import type { RouteDef } from '../../platform/http/types';

export const casePageRoutes: RouteDef[] = [];
