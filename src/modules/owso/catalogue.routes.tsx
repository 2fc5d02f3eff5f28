// The OWSO catalogue and offices: ministry editing, CSV, rollout, public fee lists, posters, overcharging reports.
import type { RouteDef } from '../../platform/http/types';

export const catalogueRoutes: RouteDef[] = [];
