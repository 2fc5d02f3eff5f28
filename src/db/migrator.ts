// Runs the schema migrations, the same ones for SQLite and PostgreSQL.
// biome-ignore-all lint/suspicious/noExplicitAny: migrations work on any database type.
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { foundation } from './migrations/0001-foundation';
import { casework } from './migrations/0002-casework';
import { rateEvents } from './migrations/0003-rate-events';
import { caseHandling } from './migrations/0004-case-handling';
import { caseSearch } from './migrations/0005-case-search';
import { assemblyRecords } from './migrations/0006-assembly-records';
import { assemblyQuestionsLaws } from './migrations/0007-assembly-questions-laws';
import { owso } from './migrations/0008-owso';
import { constituencyOperations } from './migrations/0009-constituency-operations';
import { owsoCounter } from './migrations/0010-owso-counter';
import { watch } from './migrations/0011-watch';
import { coveringIndexes } from './migrations/0012-covering-indexes';
import { owsoReferenceVersion } from './migrations/0013-owso-reference-version';
import { citizenKeys } from './migrations/0014-citizen-keys';
import { auditCheckpointsEvidence } from './migrations/0015-audit-checkpoints-evidence';
import { formResubmission } from './migrations/0018-form-resubmission';
import { holidayLists } from './migrations/0019-holiday-lists';
import { smsDelivery } from './migrations/0020-sms-delivery';
import { khmerSearchFold } from './migrations/0021-khmer-search-fold';
import { telegram } from './migrations/0022-telegram';
import { smsIntake } from './migrations/0023-sms-intake';
import { outboxRetries } from './migrations/0024-outbox-retries';
import { khmerWordSearch } from './migrations/0025-khmer-word-search';
import { caseLocationAndInboundOnce } from './migrations/0026-case-location-and-inbound-once';
import { rosterPopoloIds } from './migrations/0027-roster-popolo-ids';
import { answerTimeliness } from './migrations/0030-answer-timeliness';
import { organisationsSignProvinceLeagues } from './migrations/0034-organisations-sign-province-leagues';
import { ministriesAnswer } from './migrations/0035-ministries-answer';
import { citizensOfficeComplaints } from './migrations/0036-citizens-office-complaints';
import { assemblyTerm } from './migrations/0037-assembly-term';
import { questionAnswerLetters } from './migrations/0039-question-answer-letters';
import { commissionCounts } from './migrations/0041-commission-counts';
import { isPostgres } from './schema-helpers';

/** Every migration in order; the key is its permanent name. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-casework': casework,
  '0003-rate-events': rateEvents,
  '0004-case-handling': caseHandling,
  '0005-case-search': caseSearch,
  '0006-assembly-records': assemblyRecords,
  '0007-assembly-questions-laws': assemblyQuestionsLaws,
  '0008-owso': owso,
  '0009-constituency-operations': constituencyOperations,
  '0010-owso-counter': owsoCounter,
  '0011-watch': watch,
  '0012-covering-indexes': coveringIndexes,
  '0013-owso-reference-version': owsoReferenceVersion,
  '0014-citizen-keys': citizenKeys,
  '0015-audit-checkpoints-evidence': auditCheckpointsEvidence,
  '0018-form-resubmission': formResubmission,
  '0019-holiday-lists': holidayLists,
  '0020-sms-delivery': smsDelivery,
  '0021-khmer-search-fold': khmerSearchFold,
  '0022-telegram': telegram,
  '0023-sms-intake': smsIntake,
  '0024-outbox-retries': outboxRetries,
  '0025-khmer-word-search': khmerWordSearch,
  '0026-case-location-and-inbound-once': caseLocationAndInboundOnce,
  '0027-roster-popolo-ids': rosterPopoloIds,
  '0030-answer-timeliness': answerTimeliness,
  '0034-organisations-sign-province-leagues': organisationsSignProvinceLeagues,
  '0035-ministries-answer': ministriesAnswer,
  '0036-citizens-office-complaints': citizensOfficeComplaints,
  '0037-assembly-term': assemblyTerm,
  '0039-question-answer-letters': questionAnswerLetters,
  '0041-commission-counts': commissionCounts,
};

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks for its bookkeeping tables in every schema unless told which one: with another
    // Sala (or test run) in a second schema of the same database, it would find theirs and skip its own.
    ...(isPostgres(db) ? { migrationTableSchema: await currentSchema(db) } : {}),
  });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely's check for its bookkeeping tables reads the tables of every schema; another schema of the same
  // database dropped at that moment (another Sala, a test run) fails the read, not our migration: read again.
  for (let attempt = 1; attempt < 5 && isOtherSchemaDropped(error); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    ({ error, results } = await migrator.migrateToLatest());
  }
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** PostgreSQL's invalid_schema_name, raised before any migration ran (no result names one). */
function isOtherSchemaDropped(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === '3F000';
}

async function currentSchema(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0].schema;
}
