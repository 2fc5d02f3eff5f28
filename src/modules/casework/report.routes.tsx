// The monthly report of a constituency office, as a page and CSV.
import type { RouteDef } from '../../platform/http/types';

export const reportRoutes: RouteDef[] = [];
