// Joint statements of civil society and watchdogs' sourced notes on MPs' records.
import type { RouteDef } from '../../platform/http/types';

export const statementsRoutes: RouteDef[] = [];
