// The rows casework's views are handed, named after what they hold. The handlers load them with the query
// functions; the views take these types and never the queries themselves (imports of types only, erased).
import type { findStaffCase } from './case-page.queries';

/** A case as the staff's case page, its forwarding letter and contacts view show it. */
export type StaffCase = NonNullable<Awaited<ReturnType<typeof findStaffCase>>>;

export type { QueuePage } from './queue.queries';
export type { MonthlyReport, ReportCount, ReportOffice } from './report.queries';
