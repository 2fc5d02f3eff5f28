// Manifest of the One Window Service Offices module: catalogue, offices, counter, receipts, public pages.
import type { ModuleManifest } from '../../platform/http/types';
import { agencyRoutes } from './agencies.routes';
import { catalogueNav, catalogueRoutes } from './catalogue.routes';
import { counterNav, counterRoutes } from './counter.routes';

import { createDemoOwso } from './demo-owso';
import { createDemoOwsoCounter } from './demo-owso-counter';
import { createDemoProvinceLeague } from './demo-owso-province-league';
import { loadOwsoReference } from './load-owso-reference';
import { provinceLeagueRoutes } from './province-league.routes';

export { agenciesImporter } from './agencies.commands';
export { officesImporter } from './import-offices.commands';
export { servicesImporter } from './import-services.commands';
export {
  citizensOfficeCode,
  DISTRICT_SERVICE_CATEGORY,
  loadOwsoReference,
  OVERCHARGING_CATEGORY,
} from './load-owso-reference';
export { receiptChainSource, verifyAllReceiptChains } from './receipt-chain.service';
export { listServices } from './services.queries';

export const owsoModule: ModuleManifest = {
  name: 'owso',
  // Citizens' Offices per district, and the overcharging category among casework's (after its defaults,
  // which load only into an empty category list): OWSO overcharging reports become their cases.
  dataAfter: ['places', 'casework'],
  loadReference: async (db) => {
    await loadOwsoReference(db);
    return [];
  },
  seedDemo: async (db, now) => {
    await createDemoOwso(db, now);
    await createDemoOwsoCounter(db, now);
    await createDemoProvinceLeague(db, now);
  },
  // The clerk's and the chief's counter; the Ministry's monitor follows the offices' roll-out.
  work: [
    { href: '/owso/counter', roles: ['owso_clerk', 'owso_chief'] },
    { href: '/owso/rollout', roles: ['moi_monitor'] },
  ],
  nav: [
    ...catalogueNav,
    ...counterNav,
    {
      href: '/owso/province-leagues',
      label: { en: 'Provincial leagues', km: 'ចំណាត់ថ្នាក់ថ្នាក់ខេត្ត' },
      access: 'public',
    },
  ],
  routes: [...catalogueRoutes, ...agencyRoutes, ...counterRoutes, ...provinceLeagueRoutes],
};
