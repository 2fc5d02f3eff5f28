// The two statements that write a batch of receipts on PostgreSQL, where every statement is a round trip
// and a batch must hold the office's counter row and the audit chain's lock while it is written: one that
// takes the sequence numbers, the application ids and the audit chain's last hash, and one that writes the
// applications, the chained receipts, the counters' new hashes and the audit rows. (SQLite has no round
// trips: it writes a batch with the ordinary queries of counter.queries.ts and audit.queries.ts.)
import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import type { ChainedFields } from '../../platform/audit/audit.rules';
import type { applicationRow } from './counter.queries';
import type { ChainedReceipt } from './receipt.rules';

export interface Reserved {
  counters: { office_code: string; last_seq: number; last_hash: string }[];
  auditHash: string | null;
  applicationIds: number[];
  /** The version of the counter's reference data (see counter-reference.service.ts). */
  referenceVersion: number;
}

/**
 * Moves each office's counter on by its number of receipts (creating it with `genesis` the first time),
 * takes `applications` ids from the applications' sequence, and reads the audit chain's last hash and the
 * reference data's version. Call it after `lockAuditChain`, in a statement of its own, so the hash read is
 * the chain's last.
 */
export async function reserveOnPostgres(
  trx: Executor,
  perOffice: { office: string; count: number }[],
  applications: number,
  genesis: string,
): Promise<Reserved> {
  const offices = perOffice.map((p) => p.office);
  const counts = perOffice.map((p) => p.count);
  const { rows } = await sql<{
    counters: Reserved['counters'];
    audit_hash: string | null;
    application_ids: number[];
    reference_version: number;
  }>`
    with c as (
      insert into owso_receipt_counters (office_code, last_seq, last_hash)
      select t.office_code, t.n, ${genesis} from unnest(${offices}::text[], ${counts}::int[]) as t(office_code, n)
      on conflict (office_code) do update set last_seq = owso_receipt_counters.last_seq + excluded.last_seq
      returning office_code, last_seq, last_hash
    )
    select
      (select json_agg(c) from c) as counters,
      (select hash from audit_log order by id desc limit 1) as audit_hash,
      (select version from owso_reference_version) as reference_version,
      (select array_agg(nextval(pg_get_serial_sequence('owso_applications', 'id'))::int order by g)
         from generate_series(1, ${applications}::int) as g) as application_ids
  `.execute(trx);
  const [row] = rows;
  return {
    counters: row.counters,
    auditHash: row.audit_hash,
    applicationIds: [...row.application_ids].sort((a, b) => a - b),
    referenceVersion: Number(row.reference_version),
  };
}

/** An application's row with the id taken from its sequence. */
export type ApplicationRow = ReturnType<typeof applicationRow> & { id: number };

/**
 * Writes the batch in one statement. The rows travel as JSON and are typed by their tables' own row types;
 * the audit rows get their ids in the order given, which is the order of the chain.
 */
export async function writeOnPostgres(
  trx: Executor,
  batch: {
    applications: ApplicationRow[];
    receipts: (ChainedReceipt & { hash: string })[];
    counterHashes: { office_code: string; last_hash: string }[];
    auditRows: (ChainedFields & { hash: string })[];
  },
): Promise<void> {
  await sql`
    with apps as (
      insert into owso_applications (id, office_code, service_code, applicant_name, applicant_phone,
        documents_checked, status, received_on, due_on, form_id, form_hash, clerk_user_id, is_demo, created_at,
        updated_at)
      select id, office_code, service_code, applicant_name, applicant_phone, documents_checked, status,
        received_on, due_on, form_id, form_hash, clerk_user_id, is_demo, created_at, updated_at
      from json_populate_recordset(null::owso_applications, ${JSON.stringify(batch.applications)})
    ), receipts as (
      insert into owso_receipts (number, office_code, seq, application_id, service_code, fee_riel, paid_riel,
        payment_channel, agency_code, agency_reference, exemption_reason, issued_at, clerk_user_id, clerk_name,
        is_demo, prev_hash, hash)
      select number, office_code, seq, application_id, service_code, fee_riel, paid_riel, payment_channel,
        agency_code, agency_reference, exemption_reason, issued_at, clerk_user_id, clerk_name, is_demo,
        prev_hash, hash
      from json_populate_recordset(null::owso_receipts, ${JSON.stringify(batch.receipts)})
    ), counters as (
      update owso_receipt_counters as c set last_hash = v.last_hash
      from json_populate_recordset(null::owso_receipt_counters, ${JSON.stringify(batch.counterHashes)}) as v
      where c.office_code = v.office_code
    )
    insert into audit_log (at, actor_user_id, actor, action, entity_type, entity_id, summary, prev_hash, hash)
    select at, actor_user_id, actor, action, entity_type, entity_id, summary, prev_hash, hash
    from json_populate_recordset(null::audit_log, ${JSON.stringify(batch.auditRows)})
  `.execute(trx);
}
