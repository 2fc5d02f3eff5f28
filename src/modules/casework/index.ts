// Manifest of casework: citizens' concerns from intake to answer.
import type { ModuleManifest } from '../../platform/http/types';
import { caseApiRoutes } from './case.api';
import { casePageRoutes } from './case-page.routes';
import { citizenStepsRoutes } from './citizen-steps.routes';
import { intakeRoutes } from './intake.routes';
import { queueRoutes } from './queue.routes';
import { reportRoutes } from './report.routes';
import { staffIntakeRoutes } from './staff-intake.routes';
import { standardsAdminRoutes } from './standards-admin.routes';

export { caseApiMessages } from './api.messages';
export { caseStatusText } from './case.presenter';
export { findCategory, listCategories, listPublicCases } from './case.queries';
export { CASE_STATUSES, type CaseStatus, open311Status } from './case.rules';
export { loadCaseworkDefaults } from './load-casework-defaults';
export { concernInputSchema, submitConcern } from './submit-concern';

export const caseworkModule: ModuleManifest = {
  name: 'casework',
  nav: [],
  routes: [
    ...intakeRoutes,
    ...citizenStepsRoutes,
    ...staffIntakeRoutes,
    ...caseApiRoutes,
    ...queueRoutes,
    ...casePageRoutes,
    ...reportRoutes,
    ...standardsAdminRoutes,
  ],
};
