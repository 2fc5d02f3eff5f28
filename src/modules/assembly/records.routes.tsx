// The Assembly's business as the secretariat records it: legislatures, members, sessions, sittings, votes, questions, laws.
import type { RouteDef } from '../../platform/http/types';

export const recordsRoutes: RouteDef[] = [];
