// Manifest of constituency office operations: office pages, missions, development plans, coordination, budget.
import type { ModuleManifest } from '../../platform/http/types';

export const constituencyModule: ModuleManifest = {
  name: 'constituency',
  nav: [],
  routes: [],
};
