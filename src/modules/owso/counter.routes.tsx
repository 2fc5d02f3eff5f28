// The OWSO counter: applications, receipts, cancellation, public verification, ratings, league table.
import type { RouteDef } from '../../platform/http/types';

export const counterRoutes: RouteDef[] = [];
