// The rows watch's views are handed, named after what they hold. The handlers load them with the query
// functions; the views take these types and never the queries themselves (imports of types only, erased).
import type { notesOfPerson } from './member-notes.queries';
import type {
  assessmentsOfPromise,
  indicatorsOfPlatform,
  measurementsOf,
  promisesOfPlatform,
} from './promises.queries';
import type { listOrganisations, listStatements, signaturesOf } from './statements.queries';

type Rows<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

export type MemberNoteRow = Rows<typeof notesOfPerson>[number];

export type PromiseRow = Rows<typeof promisesOfPlatform>[number];
export type IndicatorRow = Rows<typeof indicatorsOfPlatform>[number];
export type MeasurementRow = Rows<typeof measurementsOf>[number];
export type AssessmentRow = Rows<typeof assessmentsOfPromise>[number];

export type Organisation = Rows<typeof listOrganisations>[number];
export type StatementListRows = Rows<typeof listStatements>;
export type SignatureRows = Rows<typeof signaturesOf>;
