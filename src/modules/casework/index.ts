// Manifest of casework: citizens' concerns from intake to answer.
import type { ModuleManifest } from '../../platform/http/types';
import { caseApiRoutes } from './case.api';
import { casePageRoutes } from './case-page.routes';
import { COMMISSION_ROLES, OFFICE_ROLES, REPORT_READERS, STANDARDS_EDITORS } from './casework.policy';
import { citizenKeyRoutes } from './citizen-key.routes';
import { citizenKeyStaffRoutes } from './citizen-key-staff.routes';
import { citizenStepsRoutes } from './citizen-steps.routes';
import { intakeRoutes } from './intake.routes';
import { queueRoutes } from './queue.routes';
import { reportRoutes } from './report.routes';
import { staffIntakeRoutes } from './staff-intake.routes';
import { standardsAdminRoutes } from './standards-admin.routes';

export { caseApiMessages } from './api.messages';
export { caseStatusText } from './case.presenter';
export { findCategory, listCategories, listPublicCases } from './case.queries';
export { CASE_STATUSES, type CaseStatus, open311Status } from './case.rules';
export { citizenKeyPath } from './citizen-key';
export { loadCaseworkDefaults } from './load-casework-defaults';
export { loadShippedHolidays } from './load-holidays';
export { concernInputSchema, submitConcern } from './submit-concern';
export { PrivateLinkNotice } from './track.routes';

export const caseworkModule: ModuleManifest = {
  name: 'casework',
  nav: [
    { href: '/office/cases', label: { en: 'Concerns queue', km: 'បញ្ជីកង្វល់' }, access: OFFICE_ROLES },
    { href: '/office/concerns/new', label: { en: 'Log a concern', km: 'កត់ត្រាកង្វល់' }, access: OFFICE_ROLES },
    {
      href: '/commission/cases',
      label: { en: 'Forwarded concerns', km: 'កង្វល់ដែលបានបញ្ជូនមក' },
      access: COMMISSION_ROLES,
    },
    {
      href: '/office/reports/monthly',
      label: { en: 'Monthly report', km: 'របាយការណ៍ប្រចាំខែ' },
      access: REPORT_READERS,
    },
    {
      href: '/admin/service-standards',
      label: { en: 'Service standards', km: 'ស្តង់ដារសេវា' },
      access: STANDARDS_EDITORS,
    },
    {
      href: '/admin/holidays',
      label: { en: 'Public holidays', km: 'ថ្ងៃឈប់សម្រាកសាធារណៈ' },
      access: STANDARDS_EDITORS,
    },
  ],
  routes: [
    ...intakeRoutes,
    ...citizenStepsRoutes,
    ...citizenKeyRoutes,
    ...citizenKeyStaffRoutes,
    ...staffIntakeRoutes,
    ...caseApiRoutes,
    ...queueRoutes,
    ...casePageRoutes,
    ...reportRoutes,
    ...standardsAdminRoutes,
  ],
};
