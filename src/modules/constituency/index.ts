// Manifest of constituency office operations: office pages, missions, budget and audit.
import type { ModuleManifest } from '../../platform/http/types';
import { activityRoutes } from './activity.routes';
import { budgetRoutes } from './budget.routes';
import { BOOK_READERS, DIRECTOR, OFFICE_STAFF, REPORT_READERS } from './constituency.policy';
import { coordinationRoutes } from './coordination.routes';
import { createDemoConstituency } from './demo-constituency';
import { missionRoutes } from './missions.routes';
import { planRoutes } from './plans.routes';

export { receiptFilesOnDisk } from './receipt-files.service';

export const constituencyModule: ModuleManifest = {
  name: 'constituency',
  // Offices are in provinces; missions and plans are the demo Assembly's members'.
  dataAfter: ['places', 'assembly'],
  seedDemo: createDemoConstituency,
  nav: [
    { href: '/offices', label: { en: 'Constituency offices', km: 'ការិយាល័យមណ្ឌល' }, access: 'public' },
    {
      href: '/office/missions',
      label: { en: 'MPs’ missions', km: 'បេសកកម្មតំណាងរាស្ត្រ' },
      access: OFFICE_STAFF,
    },
    { href: '/office/budget', label: { en: 'Office budget', km: 'ថវិកាការិយាល័យ' }, access: BOOK_READERS },
    {
      href: '/office/activity',
      label: { en: 'Activity report', km: 'របាយការណ៍សកម្មភាព' },
      access: REPORT_READERS,
    },
    { href: '/office/plans', label: { en: 'Development plans', km: 'ផែនការអភិវឌ្ឍន៍' }, access: REPORT_READERS },
    { href: '/office/details', label: { en: 'Office details', km: 'ព័ត៌មានការិយាល័យ' }, access: DIRECTOR },
    {
      href: '/office/coordination',
      label: { en: 'Coordination log', km: 'កំណត់ហេតុសម្របសម្រួល' },
      access: OFFICE_STAFF,
    },
  ],
  routes: [...missionRoutes, ...activityRoutes, ...planRoutes, ...coordinationRoutes, ...budgetRoutes],
};
