// Manifest of casework: citizens' concerns from intake to answer.
import type { ModuleManifest } from '../../platform/http/types';
import { caseApiRoutes } from './case.api';
import { intakeRoutes } from './intake.routes';

export { caseApiMessages } from './api.messages';
export { caseStatusText } from './case.presenter';
export { findCategory, listCategories, listPublicCases } from './case.queries';
export { CASE_STATUSES, type CaseStatus, open311Status } from './case.rules';
export { loadCaseworkDefaults } from './load-casework-defaults';
export { concernInputSchema, submitConcern } from './submit-concern';

export const caseworkModule: ModuleManifest = {
  name: 'casework',
  nav: [],
  routes: [...intakeRoutes, ...caseApiRoutes],
};
