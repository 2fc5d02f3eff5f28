// Manifest of casework: citizens' concerns from intake to answer. (Routes arrive with the pages.)
import type { ModuleManifest } from '../../platform/http/types';

export { loadCaseworkDefaults } from './load-casework-defaults';

export const caseworkModule: ModuleManifest = {
  name: 'casework',
  routes: [],
};
