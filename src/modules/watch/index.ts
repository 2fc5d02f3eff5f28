// Manifest of parliamentary watch: MP scorecards, ministers' timeliness, platform promises, statements, open data.
import type { ModuleManifest } from '../../platform/http/types';
import { createDemoWatch } from './demo-watch';
import { promisesRoutes } from './promises.routes';
import { scorecardsRoutes } from './scorecards.routes';
import { statementsRoutes } from './statements.routes';

export { ensureDemoOrganisations } from './demo-watch-statements';

export const watchModule: ModuleManifest = {
  name: 'watch',
  // Scorecards and notes are about the demo Assembly's members.
  dataAfter: ['assembly'],
  seedDemo: createDemoWatch,
  // The watchdog's promises and assessments; an organisation's statements to sign.
  work: [
    { href: '/watch/promises', roles: ['watchdog'] },
    { href: '/watch/statements', roles: ['organisation_member'] },
  ],
  nav: [
    { href: '/watch/members', label: { en: 'MPs compared', km: 'ប្រៀបធៀបសមាជិក' }, access: 'public' },
    {
      href: '/watch/promises',
      label: { en: 'Platform promises', km: 'ការសន្យារបស់រដ្ឋាភិបាល' },
      access: 'public',
    },
    { href: '/watch/statements', label: { en: 'Joint statements', km: 'សេចក្តីថ្លែងការណ៍រួម' }, access: 'public' },
    { href: '/watch/ministers', label: { en: "Ministers' answers", km: 'ចម្លើយរដ្ឋមន្ត្រី' }, access: 'public' },
    { href: '/watch/data', label: { en: 'Open data', km: 'ទិន្នន័យបើកចំហ' }, access: 'public' },
  ],
  routes: [...promisesRoutes, ...statementsRoutes, ...scorecardsRoutes],
};
