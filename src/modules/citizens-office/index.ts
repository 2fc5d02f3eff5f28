// Manifest of the Citizens' Office: complaints about a district's or commune's administration, received by
// the district's ombudsman as casework cases (tracking, privacy, citizen's key, timeline, service standard).
import type { ModuleManifest } from '../../platform/http/types';
import { CITIZENS_OFFICE_STAFF } from './citizens-office.policy';
import { complaintRoutes } from './complaint.routes';
import { createDemoComplaints } from './demo-complaints';

// The Telegram bot files complaints in its chat (modules/telegram).
export { type ComplaintInput, complaintInputSchema, fileComplaint } from './complaint.commands';
export { citizensOfficeMessages } from './complaint.messages';
export { COMPLAINT_KINDS, type ComplaintKind } from './complaint.table';
export { complaintServices, OTHER_SERVICE } from './complaint-services.service';

export const citizensOfficeModule: ModuleManifest = {
  name: 'citizens-office',
  // Its offices and categories are owso's reference data; its cases are casework's.
  dataAfter: ['places', 'casework', 'owso'],
  seedDemo: async (db, now) => {
    await createDemoComplaints(db, now);
  },
  nav: [
    {
      href: '/citizens-office/complaints/new',
      label: { en: 'Complain about a district office', km: 'ប្តឹងអំពីរដ្ឋបាលស្រុក ឬឃុំ' },
      access: 'public',
    },
    {
      href: '/citizens-office/counter',
      label: { en: 'Record a complaint', km: 'កត់ត្រាបណ្តឹង' },
      access: CITIZENS_OFFICE_STAFF,
    },
    {
      href: '/citizens-office/reports/monthly',
      label: { en: "Citizens' Office report", km: 'របាយការណ៍ការិយាល័យប្រជាពលរដ្ឋ' },
      access: CITIZENS_OFFICE_STAFF,
    },
  ],
  routes: complaintRoutes,
};
