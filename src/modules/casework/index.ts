// Manifest of casework: citizens' concerns from intake to answer.
import type { ModuleManifest } from '../../platform/http/types';
import { caseApiRoutes } from './case.api';
import { casePageRoutes } from './case-page.routes';
import {
  CASE_HANDLER_ROLES,
  COMMISSION_ROLES,
  NATIONAL_VIEW_READERS,
  OFFICE_ROLES,
  REPORT_READERS,
  STANDARDS_EDITORS,
} from './casework.policy';
import { citizenKeyRoutes } from './citizen-key.routes';
import { citizenKeyStaffRoutes } from './citizen-key-staff.routes';
import { citizenStepsRoutes } from './citizen-steps.routes';
import { createDemoCases } from './demo-cases';
import { intakeRoutes } from './intake.routes';
import { loadCaseworkDefaults } from './load-casework-defaults';
import { loadShippedHolidays } from './load-holidays';
import { nationalRoutes } from './national.routes';
import { queueRoutes } from './queue.routes';
import { reportRoutes } from './report.routes';
import { smsIntakeRoutes } from './sms-intake.routes';
import { staffIntakeRoutes } from './staff-intake.routes';
import { standardsAdminRoutes } from './standards-admin.routes';
import { undeliveredRoutes } from './undelivered.routes';

export { caseApiMessages } from './api.messages';
export { caseStatusText } from './case.presenter';
export { findCategory, findPublicCase, listCategories, listPublicCases } from './case.queries';
export { CASE_STATUSES, type CaseStatus, open311Status } from './case.rules';
export { type Channel, CONTACT_CHOICES, type ContactChoice } from './case.table';
export { caseFilesOnDisk } from './case-files-on-disk.service';
export {
  CASE_HANDLER_ROLES,
  // A ministry's office (modules/ministry) reads the concerns forwarded to its ministry, never their contacts.
  MINISTRY_ROLES,
  ministriesOf,
  OMBUDSMAN_ROLES,
  ombudsmanOffices,
  worksInMinistry,
} from './casework.policy';
export { citizenKeyPath } from './citizen-key.service';
export { contactMissing } from './contact-choice.rules';
export {
  type Attachment,
  type HandlingError,
  type HandlingInput,
  handleCase,
  handlingInputSchema,
} from './handle-case.commands';
export { holidaysImporter } from './import-holidays.commands';
export { handleIncomingSms, type SmsOutcome } from './incoming-sms.commands';
export type { SmsComplaintKind } from './incoming-sms.rules';
export { answerUsedToken, tokenProblemPage } from './intake.routes';
export { loadCaseworkDefaults } from './load-casework-defaults';
export { loadShippedHolidays } from './load-holidays';
export {
  caseForwardedToMinistry,
  casesForwardedToMinistry,
  type MinistryCase,
  ministryCaseCounts,
} from './ministry-cases.queries';
export { ShownCountText } from './national.pages';
// The Citizens' Office's monthly report protects its small counts as the national view does.
export { protectColumn, type ShownCount, SMALL_COUNT } from './national.rules';
export { currentMonth, parseReportMonth } from './report.queries';
export { isOverdue } from './service-clock.rules';
export { type AssignError, assignSmsComplaint, type ComplaintTarget } from './sms-intake.commands';
export { smsQueuePage } from './sms-intake.routes';
export { type ConcernInput, concernInputSchema, submitConcern } from './submit-concern.commands';
export {
  CITIZEN_FILE_MAX_BYTES,
  CITIZEN_FILES_FOLDER,
  submitTelegramConcern,
} from './telegram-intake.commands';
export {
  isTelegramLinkTokenShape,
  linkChatWithToken,
  newTelegramLinkToken,
  telegramChatCases,
  telegramLinkPath,
  telegramStepOf,
} from './telegram-link.commands';
export { TelegramStep, type TelegramStepProps } from './telegram-step.pages';
export { PrivateLinkNotice } from './track.routes';

export const caseworkModule: ModuleManifest = {
  name: 'casework',
  // A concern's place; the demo's forwarded concerns name a commission (reference data, loaded before any demo).
  dataAfter: ['places'],
  loadReference: async (db, now) => {
    await loadCaseworkDefaults(db, now);
    // Every start, not only an empty database: an upgrade brings a newer year's list (see data/README.md).
    await loadShippedHolidays(db, now);
    return [];
  },
  seedDemo: async (db, now) => {
    await createDemoCases(db, now);
  },
  // Where each role lands after signing in: the office's queue, the commission's inbox, the SMS concerns to route.
  work: [
    { href: '/office/cases', roles: CASE_HANDLER_ROLES },
    { href: '/commission/cases', roles: COMMISSION_ROLES },
    { href: '/secretariat/sms-concerns', roles: ['secretariat'] },
  ],
  nav: [
    { href: '/office/cases', label: { en: 'Concerns queue', km: 'បញ្ជីកង្វល់' }, access: CASE_HANDLER_ROLES },
    { href: '/office/concerns/new', label: { en: 'Log a concern', km: 'កត់ត្រាកង្វល់' }, access: OFFICE_ROLES },
    {
      href: '/office/messages',
      label: { en: 'Messages not delivered', km: 'សារដែលមិនបានទៅដល់' },
      access: CASE_HANDLER_ROLES,
    },
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
      href: '/secretariat/concerns',
      label: { en: 'Concerns across the country', km: 'កង្វល់ទូទាំងប្រទេស' },
      access: NATIONAL_VIEW_READERS,
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
    {
      href: '/secretariat/sms-concerns',
      label: { en: 'SMS concerns to assign', km: 'កង្វល់តាម SMS ដែលត្រូវចាត់ចែង' },
      access: ['secretariat'],
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
    ...nationalRoutes,
    ...standardsAdminRoutes,
    ...smsIntakeRoutes,
    ...undeliveredRoutes,
  ],
};
