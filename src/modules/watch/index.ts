// Manifest of parliamentary watch: MP scorecards, ministers' timeliness, platform promises, statements, open data.
import type { ModuleManifest } from '../../platform/http/types';
import { promisesRoutes } from './promises.routes';
import { scorecardsRoutes } from './scorecards.routes';

export const watchModule: ModuleManifest = {
  name: 'watch',
  nav: [],
  routes: [...promisesRoutes, ...scorecardsRoutes],
};
