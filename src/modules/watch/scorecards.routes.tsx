// MP scorecards, ministers' timeliness, open data (Popolo, CSV, Atom).
import type { RouteDef } from '../../platform/http/types';
import { popoloApi, popoloDoc } from './popolo';

export const scorecardsRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/popolo.json',
    kind: 'api',
    access: 'public',
    handler: popoloApi,
    doc: popoloDoc,
  },
];
