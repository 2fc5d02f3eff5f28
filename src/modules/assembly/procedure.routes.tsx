// The Constitution's Chapter VII as calculators: the JSON endpoints and the "rules explained" page.
import { queryText } from '../../platform/http/query';
import type { Ctx, RouteDef } from '../../platform/http/types';
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
import { CALCS, type Calc, rulesView } from './procedure/rules.pages';

const isCalc = (value: string | undefined): value is Calc =>
  (CALCS as readonly string[]).includes(value ?? '');

/** GET /assembly/rules — the rules explained, and the result of the calculator the visitor submitted. */
function rulesPage(c: Ctx) {
  const asked = queryText(c, 'calc');
  // An unknown calculator is a mistyped link: show the page as if none was asked.
  return rulesView(c, isCalc(asked) ? asked : null, (name) => queryText(c, name));
}

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
