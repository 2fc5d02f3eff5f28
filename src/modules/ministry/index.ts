// Manifest of a ministry's office: the Assembly's questions to its minister and the concerns forwarded to the
// ministry, with their due dates, and the answers it records (signer and signed letter).
import type { ModuleManifest } from '../../platform/http/types';
import { createDemoMinistryWork } from './demo-ministry';
import { MINISTRY_OFFICE } from './ministry.policy';
import { ministryRoutes } from './ministry.routes';

export const ministryModule: ModuleManifest = {
  name: 'ministry',
  // Its demo concern is casework's, forwarded to the Assembly's demo ministry.
  dataAfter: ['casework', 'assembly'],
  seedDemo: createDemoMinistryWork,
  nav: [
    { href: '/ministry', label: { en: "Ministry's work", km: 'ការងាររបស់ក្រសួង' }, access: MINISTRY_OFFICE },
  ],
  work: [{ href: '/ministry', roles: MINISTRY_OFFICE }],
  routes: ministryRoutes,
};
