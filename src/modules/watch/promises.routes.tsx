// The voters' scorecard of platform promises, and joint statements of civil society.
import type { RouteDef } from '../../platform/http/types';

export const promisesRoutes: RouteDef[] = [];
