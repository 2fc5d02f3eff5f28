// A watchdog's sourced note on an MP's record: a remark, a score of +1/0/−1 and an http(s) source.
// Notes are public and audited, and never edited or deleted afterwards.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { latinDigits, text, webAddress } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { insertMemberNote, personExists } from './member-notes.queries';
import { NOTE_SCORES } from './watch.table';

/** The longest remark, in characters (Khmer or Latin alike). */
export const REMARK_MAX = 2000;

// "+1" and the typographic minus "−1" are how people write scores; both mean the number.
const SCORE_WORDS = new Map<string, number>([
  ['1', 1],
  ['+1', 1],
  ['0', 0],
  ['-1', -1],
  ['−1', -1],
]);

export const noteInputSchema = z.object({
  // Length is checked first so an overlong remark gets its own reason, not a generic one.
  remark: z
    .string()
    .trim()
    .max(REMARK_MAX, 'too-long')
    .pipe(text(REMARK_MAX))
    .pipe(z.string().min(1, 'required')),
  score: z
    .string()
    .trim()
    .min(1, { message: 'required', abort: true })
    .transform((s) => SCORE_WORDS.get(latinDigits(s)) ?? Number.NaN)
    .pipe(
      z.union(
        NOTE_SCORES.map((n) => z.literal(n)) as [z.ZodLiteral<1>, z.ZodLiteral<0>, z.ZodLiteral<-1>],
        'invalid',
      ),
    ),
  sourceUrl: webAddress(),
});
export type NoteInput = z.output<typeof noteInputSchema>;

/** A watchdog's sourced remark on a member's record; public, audited, never edited. */
export async function addMemberNote(
  db: Db,
  personId: number,
  input: NoteInput,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number }, 'not-found'>> {
  return db.kysely.transaction().execute(async (trx) => {
    if (!(await personExists(trx, personId))) return fail('not-found');
    const id = await insertMemberNote(trx, {
      person_id: personId,
      remark: input.remark,
      score: input.score,
      source_url: input.sourceUrl,
      is_demo: opts.demo ? 1 : 0,
      created_by: user.id,
      created_at: now.toISOString(),
    });
    await appendAudit(trx, actorOf(user), {
      action: 'watch-member-note-added',
      entityType: 'assembly_person',
      entityId: personId,
      after: { note: id, score: input.score, source: input.sourceUrl },
    });
    return ok({ id });
  });
}
