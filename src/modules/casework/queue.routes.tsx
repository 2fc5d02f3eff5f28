// The office director's and the commission's queues of cases (filters, sort, search).
import type { RouteDef } from '../../platform/http/types';

export const queueRoutes: RouteDef[] = [];
