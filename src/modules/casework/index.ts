// Manifest of casework: citizens' concerns from intake to answer.
import type { ModuleManifest } from '../../platform/http/types';
import { caseApiRoutes } from './case.api';
import { intakeRoutes } from './intake.routes';

export { loadCaseworkDefaults } from './load-casework-defaults';

export const caseworkModule: ModuleManifest = {
  name: 'casework',
  nav: [],
  routes: [...intakeRoutes, ...caseApiRoutes],
};
