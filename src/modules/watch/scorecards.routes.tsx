// MP scorecards, ministers' timeliness, open data (Popolo, CSV, Atom).
import type { RouteDef } from '../../platform/http/types';

export const scorecardsRoutes: RouteDef[] = [];
