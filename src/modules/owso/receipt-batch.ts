// Writes receipts issued at the same moment together: their applications in one insert, each office's
// sequence numbers in one step, the receipts chained in order in one insert, and their audit rows in one
// insert. A batch costs a handful of statements whatever its size, which matters on PostgreSQL, where each
// statement is a round trip and an office's receipts (and the audit chain) must be written one after another.
import type { Transaction } from 'kysely';
import { type BatchWriter, createBatchWriter } from '../../db/commit-group';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/database';
import { type Actor, type AuditEntry, appendAudits } from '../../platform/audit/audit.queries';
import {
  insertApplications,
  insertReceipts,
  type NewApplication,
  setCounterHash,
  takeSeqs,
} from './counter.queries';
import { type ChainedReceipt, hashReceipt, RECEIPT_GENESIS_HASH, receiptNumber } from './receipt.rules';

/** Everything a receipt needs except what only the batch knows: its number, link and application id. */
export interface ReceiptDraft {
  application: NewApplication;
  receipt: Omit<ChainedReceipt, 'prev_hash' | 'number' | 'seq' | 'application_id' | 'office_code'>;
  actor: Actor;
  audit: Omit<AuditEntry, 'entityId' | 'entityType'>;
}

export interface WrittenReceipt {
  number: string;
  applicationId: number;
}

/** Writes the drafts in the transaction, in the order given; each office's receipts are numbered in that order. */
export async function writeReceipts(
  trx: Transaction<Database>,
  drafts: ReceiptDraft[],
): Promise<WrittenReceipt[]> {
  const applicationIds = await insertApplications(
    trx,
    drafts.map((d) => d.application),
  );
  const receipts: (ChainedReceipt & { hash: string })[] = [];
  const byOffice = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    byOffice.set(d.application.office_code, [...(byOffice.get(d.application.office_code) ?? []), i]);
  });
  const numbered = new Array<ChainedReceipt & { hash: string }>(drafts.length);
  for (const [office, indexes] of byOffice) {
    const counter = await takeSeqs(trx, office, indexes.length, RECEIPT_GENESIS_HASH);
    let seq = counter.last_seq - indexes.length;
    let prevHash = counter.last_hash;
    for (const i of indexes) {
      seq += 1;
      const receipt: ChainedReceipt = {
        ...drafts[i].receipt,
        prev_hash: prevHash,
        number: receiptNumber(office, seq),
        office_code: office,
        seq,
        application_id: applicationIds[i],
      };
      prevHash = hashReceipt(receipt);
      numbered[i] = { ...receipt, hash: prevHash };
      receipts.push(numbered[i]);
    }
    await setCounterHash(trx, office, prevHash);
  }
  await insertReceipts(trx, receipts);
  await appendAudits(
    trx,
    drafts.map((d, i) => ({
      actor: d.actor,
      entry: { ...d.audit, entityType: 'owso_receipt', entityId: numbered[i].number },
    })),
  );
  return numbered.map((r) => ({ number: r.number, applicationId: r.application_id }));
}

const writers = new WeakMap<Db, BatchWriter<ReceiptDraft, WrittenReceipt>>();

/** The database's receipt writer: receipts issued while a batch is being written join the next batch. */
export function receiptWriter(db: Db): BatchWriter<ReceiptDraft, WrittenReceipt> {
  let writer = writers.get(db);
  if (!writer) {
    writer = createBatchWriter(db.kysely, writeReceipts);
    writers.set(db, writer);
  }
  return writer;
}
