// What the secretariat's commands on the Assembly's records share: the form fields' schemas, the refusal
// with the article it rests on, and the audit row written with each change.
import { z } from 'zod';
import type { Executor } from '../../db/database';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { rowId } from '../../platform/http/path-params';
import { calendarDay, text } from '../../platform/input-text';
import { khmerNumber } from '../../platform/khmer/input';
import { fail, type Refusal, type Result, refusal } from '../../platform/result';
import type { ArticleRef } from './procedure/articles.rules';
import { checkDate } from './procedure/dates.rules';
import type { Posted } from './questions-laws-forms.pages';
import type { RecordsErrorCode } from './records.messages';

/** A refusal: a code the pages translate, and the article when the Constitution is the reason. */
export function refused(code: RecordsErrorCode, article?: ArticleRef): { ok: false; error: Refusal } {
  return fail(refusal(code, article));
}
export type RecordResult<T> = Result<T, Refusal>;

export const day = calendarDay('invalid-date').refine((d) => checkDate('date', d).ok, 'invalid-date');
export const optionalDay = z
  .union([z.literal(''), day])
  .optional()
  .transform((d) => d || null);
export const id = rowId('invalid');
/** A record's id chosen in a form, or nothing. */
export const optionalId = z
  .union([z.literal(''), id])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));
export const count = khmerNumber({ max: 100_000 });
export const requiredText = (max: number) => text(max).pipe(z.string().min(1, 'required'));

export function audit(
  trx: Executor,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: number,
  after: unknown,
) {
  return appendAudit(trx, actor, { action, entityType, entityId, after });
}

/**
 * A roll-call as its form posts it (`vote-<membership id>` → the member's vote), keyed by membership id;
 * values are kept as they came, so the schema refuses one that is not a vote.
 */
export function postedRoll(posted: Posted): Record<string, string> {
  const roll: Record<string, string> = {};
  for (const [key, value] of Object.entries(posted)) {
    const seat = /^vote-(\d{1,10})$/.exec(key)?.[1];
    if (seat) roll[seat] = typeof value === 'string' ? value : (value[0] ?? '');
  }
  return roll;
}
