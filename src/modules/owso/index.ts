// Manifest of the One Window Service Offices module: catalogue, offices, counter, receipts, public pages.
import type { ModuleManifest } from '../../platform/http/types';
import { catalogueRoutes } from './catalogue.routes';
import { counterRoutes } from './counter.routes';

export const owsoModule: ModuleManifest = {
  name: 'owso',
  nav: [],
  routes: [...catalogueRoutes, ...counterRoutes],
};
