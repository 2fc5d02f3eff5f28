// Writes concerns taken in at the same moment together: their cases, contacts, timeline events, audit
// rows and acknowledgements in a few statements, whatever the batch's size. That matters on PostgreSQL,
// where each statement is a round trip and concerns (sharing the audit chain) are written one batch
// after another; on SQLite the batch shares one durable commit and the full-text index's flush.

import type { Insertable, Transaction } from 'kysely';
import { createBatchWriter } from '../../db/commit-group';
import type { Db } from '../../db/connect';
import type { Database, Executor } from '../../db/database';
import { type Actor, appendAuditsUnderLock, lockAuditChain } from '../../platform/audit/audit.queries';
import { hashSecret } from '../../platform/auth/tokens';
import type { Lang } from '../../platform/i18n/i18n';
import { newTrackingCode } from '../../platform/ids/tracking-code';
import { oncePer } from '../../platform/once-per';
import { enqueueMessages } from '../../platform/outbox/outbox.queries';
import { insertCases, insertContacts, insertEvents, takenTrackingCodes } from './case.queries';
import type { CaseContactsTable, CasesTable } from './case.table';
import { messageAbout } from './casework.policy';
import { insertCitizenKeys } from './citizen-key.queries';
import type { MessageChannel } from './contact-choice.rules';
import { holidayDates, serviceStandards } from './handling.queries';
import { nextClock } from './service-clock.rules';

/** A new case as intake knows it before the batch: no tracking code and no service clock yet. */
export type NewCase = Omit<
  Insertable<CasesTable>,
  'tracking_code' | 'status' | 'due_stage' | 'due_date' | 'clock_days_left' | 'lang'
>;

export interface CreatedCase {
  id: number;
  trackingCode: string;
}

/** Everything a concern needs except what only the batch gives: its id, tracking code and due date. */
export interface ConcernDraft {
  case: NewCase;
  /** The language the citizen wrote in: their acknowledgement is sent in it. */
  lang: Lang;
  /** The Phnom Penh date the service clock starts from. */
  today: string;
  contact: Omit<CaseContactsTable, 'case_id'> | null;
  actor: Actor;
  /** The audit row's record of the case besides its tracking code: never the citizen's name or contacts. */
  audit: Record<string, unknown>;
  acknowledgement: { channel: MessageChannel; address: string } | null;
  /**
   * The citizen's private key: its hash is stored with the case; the key itself only in the
   * acknowledgement's payload, which the outbox strips once the message is sent.
   */
  citizenKey: string;
  now: Date;
  /**
   * A tracking code and key hash the citizen already holds (an SMS concern the secretariat assigns from
   * the national queue): the case takes them instead of new ones.
   */
  reserved?: { trackingCode: string; keyHash: string };
  /** Runs in the same transaction once the case exists (a form's one-time token, an idempotency record). */
  within?: (trx: Executor, created: CreatedCase & { citizenKey: string }) => Promise<void>;
}

/** As many tracking codes as asked, each new to the database and to the batch. */
async function freshTrackingCodes(trx: Executor, count: number): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < count) {
    const candidates = Array.from({ length: count - codes.size }, () => newTrackingCode());
    const taken = await takenTrackingCodes(trx, candidates);
    for (const code of candidates) if (!taken.has(code)) codes.add(code);
  }
  return [...codes];
}

/**
 * Writes the drafts in the transaction, in the order given (their audit rows are chained in that order).
 * The transaction must hold the audit chain's lock already (`lockAuditChain`).
 */
export async function writeConcerns(
  trx: Transaction<Database>,
  drafts: ConcernDraft[],
): Promise<CreatedCase[]> {
  const fresh = await freshTrackingCodes(trx, drafts.filter((d) => !d.reserved).length);
  const codes = drafts.map((d) => d.reserved?.trackingCode ?? (fresh.pop() as string));
  const standards = await serviceStandards(trx);
  const holidays = await holidayDates(trx);
  const rows = await insertCases(
    trx,
    drafts.map((d, i) => ({
      ...d.case,
      lang: d.lang,
      tracking_code: codes[i],
      status: 'received' as const,
      ...nextClock({ due_stage: null, due_date: null, clock_days_left: null }, 'received', {
        today: d.today,
        standards,
        holidays,
      }),
    })),
  );
  const idOf = new Map(rows.map((r) => [r.tracking_code, r.id]));
  const created = codes.map((trackingCode) => ({ id: idOf.get(trackingCode) as number, trackingCode }));

  await insertContacts(
    trx,
    drafts.flatMap((d, i) => (d.contact ? [{ ...d.contact, case_id: created[i].id }] : [])),
  );
  const sealedEvents = await insertEvents(
    trx,
    drafts.map((d, i) => ({
      case_id: created[i].id,
      at: d.now.toISOString(),
      action: 'submit',
      actor_kind: d.actor.userId ? ('office' as const) : ('citizen' as const),
      actor_user_id: d.actor.userId,
      from_status: null,
      to_status: 'received' as const,
      public_note: null,
    })),
  );
  await insertCitizenKeys(
    trx,
    drafts.map((d, i) => ({
      case_id: created[i].id,
      key_hash: d.reserved?.keyHash ?? hashSecret(d.citizenKey),
      issued_at: d.now.toISOString(),
      issued_by: null,
    })),
  );
  await appendAuditsUnderLock(
    trx,
    drafts.map((d, i) => ({
      actor: d.actor,
      entry: {
        action: 'case.submit',
        entityType: 'case',
        entityId: created[i].id,
        after: { tracking_code: created[i].trackingCode, ...d.audit },
        sealed: [sealedEvents[i]],
      },
    })),
  );
  await enqueueMessages(
    trx,
    drafts.flatMap((d, i) =>
      d.acknowledgement
        ? [
            {
              channel: d.acknowledgement.channel,
              recipient: d.acknowledgement.address,
              template: 'acknowledgement',
              lang: d.lang,
              payload: {
                trackingCode: created[i].trackingCode,
                key: d.citizenKey,
                ...messageAbout(d.case.office_code),
              },
              caseId: created[i].id,
              now: d.now,
            },
          ]
        : [],
    ),
  );
  for (const [i, d] of drafts.entries()) await d.within?.(trx, { ...created[i], citizenKey: d.citizenKey });
  return created;
}

/** The database's intake writer: concerns that arrive while a batch is being written join the next one. */
export const intakeWriter = oncePer((db: Db) =>
  // On PostgreSQL the next batch opens and queues for the audit lock while one writes (see BatchOptions).
  createBatchWriter(db.kysely, writeConcerns, {
    beforeTaking: lockAuditChain,
    inFlight: db.dialect === 'postgres' ? 2 : 1,
  }),
);
