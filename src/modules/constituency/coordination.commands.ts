// Commands of the coordination log: record a meeting or letter with its follow-ups; mark a follow-up done.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { calendarDay, requiredText, text } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { findOffice } from './budget.queries';
import { worksIn } from './constituency.policy';
import { AUTHORITY_LEVELS, COORDINATION_KINDS } from './constituency.table';
import { findFollowup, insertEntry, insertFollowup, markFollowupDone } from './coordination.queries';

const isoDate = calendarDay('invalid');

export const entryInputSchema = z.object({
  office: z.string().trim().min(1, 'required').max(20),
  kind: z.enum(COORDINATION_KINDS, 'invalid'),
  heldOn: isoDate,
  authorityLevel: z.enum(AUTHORITY_LEVELS, 'invalid'),
  authority: requiredText(2, 300),
  subject: requiredText(3, 500),
  decisions: text(4000).default(''),
  followups: z
    .array(z.object({ action: requiredText(3, 500), dueOn: isoDate }))
    .max(10)
    .default([]),
});
export type EntryInput = z.output<typeof entryInputSchema>;

export type CoordinationError = 'unknown-office' | 'not-your-office' | 'not-found' | 'already-done';

export async function recordCoordination(
  db: Db,
  input: EntryInput,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number }, CoordinationError>> {
  if (!(await findOffice(db.kysely, input.office))) return fail('unknown-office');
  if (!worksIn(user, input.office)) return fail('not-your-office');
  const id = await db.kysely.transaction().execute(async (trx) => {
    const id = await insertEntry(trx, {
      office_code: input.office,
      kind: input.kind,
      held_on: input.heldOn,
      authority_level: input.authorityLevel,
      authority: input.authority,
      subject: input.subject,
      decisions: input.decisions,
      is_demo: opts.demo ? 1 : 0,
      created_by: user.id,
      created_at: now.toISOString(),
    });
    for (const f of input.followups)
      await insertFollowup(trx, { entry_id: id, action: f.action, due_on: f.dueOn });
    await appendAudit(trx, actorOf(user), {
      action: 'co-coordination-recorded',
      entityType: 'co_coordination_entry',
      entityId: id,
      after: {
        office: input.office,
        kind: input.kind,
        held_on: input.heldOn,
        followups: input.followups.length,
      },
    });
    return id;
  });
  return ok({ id });
}

export async function completeFollowup(
  db: Db,
  id: number,
  user: CurrentUser,
  now: Date,
): Promise<Result<null, CoordinationError>> {
  return db.kysely.transaction().execute(async (trx) => {
    const f = await findFollowup(trx, id);
    if (!f || !worksIn(user, f.office_code)) return fail('not-found');
    if ((await markFollowupDone(trx, id, phnomPenhDate(now), user.id)) === 0) return fail('already-done');
    await appendAudit(trx, actorOf(user), {
      action: 'co-followup-done',
      entityType: 'co_coordination_followup',
      entityId: id,
      after: { done_on: phnomPenhDate(now) },
    });
    return ok(null);
  });
}
