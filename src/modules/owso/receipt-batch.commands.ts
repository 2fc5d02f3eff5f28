// Writes receipts issued at the same moment together: their applications, each office's sequence numbers,
// the receipts chained in order and their audit rows, in a few statements whatever the batch's size. That
// matters on PostgreSQL, where each statement is a round trip and an office's receipts (and the audit
// chain) must be written one batch after another: there a batch is two statements besides the lock.
import { PostgresAdapter, type Transaction } from 'kysely';
import { type BatchWriter, createBatchWriter } from '../../db/commit-group';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/database';
import {
  type Actor,
  type AuditEntry,
  appendAuditsUnderLock,
  chainAuditRows,
  lockAuditChain,
} from '../../platform/audit/audit.queries';
import { GENESIS_HASH } from '../../platform/audit/audit.rules';
import { sealOf } from '../../platform/audit/evidence.rules';
import { oncePer } from '../../platform/once-per';
import {
  applicationRow,
  insertApplications,
  insertReceipts,
  type NewApplication,
  referenceVersion,
  setCounterHash,
  takeSeqs,
} from './counter.queries';
import { APPLICATION_SEALED_FIELDS } from './counter.table';
import { StaleCounterReference } from './counter-reference.service';
import { type ChainedReceipt, hashReceipt, RECEIPT_GENESIS_HASH, receiptNumber } from './receipt.rules';
import { reserveOnPostgres, writeOnPostgres } from './receipt-batch.queries';

/** Everything a receipt needs except what only the batch knows: its number, link and application id. */
export interface ReceiptDraft {
  application: NewApplication;
  receipt: Omit<ChainedReceipt, 'prev_hash' | 'number' | 'seq' | 'application_id' | 'office_code'>;
  actor: Actor;
  audit: Omit<AuditEntry, 'entityId' | 'entityType'>;
  /** The version of the reference data the fee and due date were read at (counter-reference.service.ts). */
  referenceVersion: number;
}

export interface WrittenReceipt {
  number: string;
  applicationId: number;
}

type HashedReceipt = ChainedReceipt & { hash: string };

/** The drafts' indexes per office, in the order given. */
function byOffice(drafts: ReceiptDraft[]): Map<string, number[]> {
  const offices = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    const indexes = offices.get(d.application.office_code);
    if (indexes) indexes.push(i);
    else offices.set(d.application.office_code, [i]);
  });
  return offices;
}

/**
 * Numbers and chains one office's receipts after its counter (`last_seq` already moved on by their count,
 * `last_hash` the hash of the office's last receipt); returns the hash the counter must now hold.
 */
function chainOffice(
  drafts: ReceiptDraft[],
  indexes: number[],
  counter: { office_code: string; last_seq: number; last_hash: string },
  applicationIds: number[],
  into: HashedReceipt[],
): string {
  let seq = counter.last_seq - indexes.length;
  let link = counter.last_hash;
  for (const i of indexes) {
    seq += 1;
    const receipt: ChainedReceipt = {
      ...drafts[i].receipt,
      prev_hash: link,
      number: receiptNumber(counter.office_code, seq),
      office_code: counter.office_code,
      seq,
      application_id: applicationIds[i],
    };
    link = hashReceipt(receipt);
    into[i] = { ...receipt, hash: link };
  }
  return link;
}

/** Each receipt's audit row, sealing its application's details as issued (the applicant's name and phone). */
const auditOf = (drafts: ReceiptDraft[], receipts: HashedReceipt[]) =>
  drafts.map((d, i) => ({
    actor: d.actor,
    entry: {
      ...d.audit,
      entityType: 'owso_receipt',
      entityId: receipts[i].number,
      sealed: [
        sealOf(
          'owso_applications',
          'id',
          receipts[i].application_id,
          applicationRow(d.application),
          APPLICATION_SEALED_FIELDS,
        ),
      ],
    },
  }));

/** Refuses the batch when a receipt was priced with reference data that has changed since. */
function checkReference(drafts: ReceiptDraft[], version: number): void {
  if (drafts.some((d) => d.referenceVersion !== version)) throw new StaleCounterReference();
}

async function writeOnSqlite(trx: Transaction<Database>, drafts: ReceiptDraft[]): Promise<HashedReceipt[]> {
  checkReference(drafts, await referenceVersion(trx));
  const applicationIds = await insertApplications(
    trx,
    drafts.map((d) => d.application),
  );
  const receipts: HashedReceipt[] = new Array(drafts.length);
  for (const [office, indexes] of byOffice(drafts)) {
    const counter = await takeSeqs(trx, office, indexes.length, RECEIPT_GENESIS_HASH);
    const last = chainOffice(drafts, indexes, { ...counter, office_code: office }, applicationIds, receipts);
    await setCounterHash(trx, office, last);
  }
  await insertReceipts(trx, receipts);
  await appendAuditsUnderLock(trx, auditOf(drafts, receipts));
  return receipts;
}

async function writeOnPostgresBatch(
  trx: Transaction<Database>,
  drafts: ReceiptDraft[],
): Promise<HashedReceipt[]> {
  const offices = byOffice(drafts);
  const reserved = await reserveOnPostgres(
    trx,
    [...offices].map(([office, indexes]) => ({ office, count: indexes.length })),
    drafts.length,
    RECEIPT_GENESIS_HASH,
  );
  checkReference(drafts, reserved.referenceVersion);
  const receipts: HashedReceipt[] = new Array(drafts.length);
  const counterHashes = reserved.counters.map((counter) => ({
    office_code: counter.office_code,
    last_hash: chainOffice(
      drafts,
      offices.get(counter.office_code) ?? [],
      counter,
      reserved.applicationIds,
      receipts,
    ),
  }));
  await writeOnPostgres(trx, {
    applications: drafts.map((d, i) => ({
      ...applicationRow(d.application),
      id: reserved.applicationIds[i],
    })),
    receipts,
    counterHashes,
    auditRows: chainAuditRows(reserved.auditHash ?? GENESIS_HASH, auditOf(drafts, receipts), new Date()),
  });
  return receipts;
}

/**
 * Writes the drafts in the transaction, in the order given; each office's receipts are numbered in that
 * order. The transaction must hold the audit chain's lock already (`lockAuditChain`), taken in a statement
 * of its own before this one.
 */
export async function writeReceipts(
  trx: Transaction<Database>,
  drafts: ReceiptDraft[],
): Promise<WrittenReceipt[]> {
  const receipts =
    trx.getExecutor().adapter instanceof PostgresAdapter
      ? await writeOnPostgresBatch(trx, drafts)
      : await writeOnSqlite(trx, drafts);
  return receipts.map((r) => ({ number: r.number, applicationId: r.application_id }));
}

/** The database's receipt writer: receipts issued while a batch is being written join the next batch. */
export const receiptWriter = oncePer(
  (db: Db): BatchWriter<ReceiptDraft, WrittenReceipt> =>
    // On PostgreSQL the next batch opens and queues for the audit lock while one writes (see BatchOptions).
    createBatchWriter(db.kysely, writeReceipts, {
      beforeTaking: lockAuditChain,
      inFlight: db.dialect === 'postgres' ? 2 : 1,
    }),
);
