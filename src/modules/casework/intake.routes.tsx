// The citizen's side of casework: the public concern form and the tracking page. (Being built.)
import type { RouteDef } from '../../platform/http/types';

export const intakeRoutes: RouteDef[] = [];
