// Commands of the secretariat on the Assembly's term: a deposal of the government, a dissolution (Art. 78.2)
// and a state of emergency declared or ended (Art. 86). Each decides through procedure/term.rules.ts, refuses
// with the article it rests on, and writes its row and audit row in one transaction.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import type { Actor } from '../../platform/audit/audit.queries';
import { ok } from '../../platform/result';
import { findLegislature } from './members.queries';
import type { ArticleRef } from './procedure/articles.rules';
import {
  decideDissolution,
  decideEmergency,
  decideEmergencyEnd,
  type TermEvent,
} from './procedure/term.rules';
import { audit, day, id, type RecordResult, refused } from './records.input';
import { findTermEvent, insertTermEvent, setEmergencyEnd, termEventsOf } from './term.queries';

export const termInputSchema = z.object({ legislatureId: id, on: day });
export type TermInput = z.output<typeof termInputSchema>;
export const emergencyEndSchema = z.object({ endsOn: day });

const asEvent = (row: { kind: TermEvent['kind']; starts_on: string; ends_on: string | null }): TermEvent => ({
  kind: row.kind,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
});

/** The legislature's term events as the rules read them. */
export async function termOf(db: Executor, legislatureId: number): Promise<TermEvent[]> {
  return (await termEventsOf(db, legislatureId)).map(asEvent);
}

async function record(
  db: Db,
  actor: Actor,
  kind: TermEvent['kind'],
  input: TermInput,
  now: Date,
  decide: (
    events: TermEvent[],
  ) => { ok: true } | { ok: false; error: { code: string; article?: ArticleRef } },
): Promise<RecordResult<{ id: number }>> {
  return db.kysely.transaction().execute(async (trx) => {
    const legislature = await findLegislature(trx, input.legislatureId);
    if (!legislature) return refused('unknown-legislature');
    if (input.on < legislature.elected_on) return refused('date-before-previous-step');
    const decision = decide(await termOf(trx, legislature.id));
    if (!decision.ok)
      return refused(decision.error.code as Parameters<typeof refused>[0], decision.error.article);
    const eventId = await insertTermEvent(trx, {
      legislature_id: legislature.id,
      kind,
      starts_on: input.on,
      ends_on: null,
      note: null,
      recorded_at: now.toISOString(),
    });
    await audit(trx, actor, `term.${kind}`, 'assembly_term_event', eventId, {
      legislature: legislature.number,
      on: input.on,
    });
    return ok({ id: eventId });
  });
}

/** A deposal of the government: two within 12 months open the way to a dissolution (Art. 78.2). */
export const recordDeposal = (db: Db, actor: Actor, input: TermInput, now: Date) =>
  record(db, actor, 'government_deposed', input, now, () => ({ ok: true }));

/** A dissolution: once, only after two deposals within 12 months (Art. 78.2), never in an emergency (86.3). */
export const recordDissolution = (db: Db, actor: Actor, input: TermInput, now: Date) =>
  record(db, actor, 'dissolution', input, now, (events) => decideDissolution(events, input.on));

/** A state of emergency declared on `on`: the Assembly then meets every day (Art. 86.1). */
export const declareEmergency = (db: Db, actor: Actor, input: TermInput, now: Date) =>
  record(db, actor, 'emergency', input, now, (events) => decideEmergency(events, input.on));

/** The end of a state of emergency in force, on its last day. */
export async function endEmergency(
  db: Db,
  actor: Actor,
  eventId: number,
  input: z.output<typeof emergencyEndSchema>,
): Promise<RecordResult<{ id: number }>> {
  return db.kysely.transaction().execute(async (trx) => {
    const row = await findTermEvent(trx, eventId);
    if (!row) return refused('not-found');
    const decision = decideEmergencyEnd(asEvent(row), input.endsOn);
    if (!decision.ok)
      return refused(decision.error.code as Parameters<typeof refused>[0], decision.error.article);
    await setEmergencyEnd(trx, row.id, input.endsOn);
    await audit(trx, actor, 'term.emergency-end', 'assembly_term_event', row.id, { endsOn: input.endsOn });
    return ok({ id: row.id });
  });
}
