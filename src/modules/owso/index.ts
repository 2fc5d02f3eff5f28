// Manifest of the One Window Service Offices module: catalogue, offices, counter, receipts, public pages.
import type { ModuleManifest } from '../../platform/http/types';
import { catalogueNav, catalogueRoutes } from './catalogue.routes';
import { counterNav, counterRoutes } from './counter.routes';

export { loadOwsoReference } from './overcharging-reference';
export { receiptChainSource, verifyAllReceiptChains } from './receipt-chain';

export const owsoModule: ModuleManifest = {
  name: 'owso',
  nav: [...catalogueNav, ...counterNav],
  routes: [...catalogueRoutes, ...counterRoutes],
};
