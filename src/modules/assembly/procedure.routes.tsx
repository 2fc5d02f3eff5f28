// The Constitution's Chapter VII as calculators: the JSON endpoints and the "rules explained" page.
import type { RouteDef } from '../../platform/http/types';
import {
  dueDateApi,
  dueDateDoc,
  effectiveDatesApi,
  effectiveDatesDoc,
  evaluateDoc,
  evaluateVoteApi,
  thresholdsApi,
  thresholdsDoc,
} from './procedure/procedure.api';
import { rulesPage } from './procedure/rules.page';

// Everything here computes from its input alone: public, no database, nothing recorded.
export const procedureRoutes: RouteDef[] = [
  { method: 'GET', path: '/assembly/rules', kind: 'page', access: 'public', handler: rulesPage },
  {
    method: 'GET',
    path: '/api/assembly/thresholds',
    kind: 'api',
    access: 'public',
    handler: thresholdsApi,
    doc: thresholdsDoc,
  },
  {
    method: 'POST',
    path: '/api/assembly/votes/evaluate',
    kind: 'api',
    access: 'public',
    handler: evaluateVoteApi,
    doc: evaluateDoc,
  },
  {
    method: 'POST',
    path: '/api/assembly/laws/effective-dates',
    kind: 'api',
    access: 'public',
    handler: effectiveDatesApi,
    doc: effectiveDatesDoc,
  },
  {
    method: 'POST',
    path: '/api/assembly/questions/due-date',
    kind: 'api',
    access: 'public',
    handler: dueDateApi,
    doc: dueDateDoc,
  },
];
