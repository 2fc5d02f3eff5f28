// Commands of civil society's joint statements: an administrator registers an organisation; its members
// publish statements in its name, sign others and withdraw their signature. Every write is audited; a
// statement is never edited, a withdrawn signature keeps its row (with who withdrew it, and when).
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { type Actor, actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { rowId } from '../../platform/http/path-params';
import { calendarDay, latinDigits, text, webAddress } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import {
  findOrganisation,
  findOrganisationByName,
  findSignature,
  findStatement,
  insertOrganisation,
  insertSignature,
  insertStatement,
  signAgain,
  withdrawSignatureRow,
} from './statements.queries';
import { signsFor } from './watch.policy';
import { ORGANISATION_KINDS } from './watch.table';

const day = z.string().transform(latinDigits).pipe(calendarDay());

/** Text of `min` to `max` characters, with one reason for each way it can be wrong. */
const boundedText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .max(max, 'too-long')
    .pipe(text(max))
    .pipe(z.string().min(1, { message: 'required', abort: true }).min(min, 'too-short'));

/** The organisation the member acts for, chosen among their own. */
const organisationId = rowId('organisation-required');

export const organisationInputSchema = z.object({
  name: boundedText(3, 200),
  kind: z.enum(ORGANISATION_KINDS, 'invalid'),
  website: z.union([z.literal(''), webAddress()], 'invalid-url').default(''),
});
export type OrganisationInput = z.output<typeof organisationInputSchema>;

export const statementInputSchema = z.object({
  organisationId,
  title: boundedText(5, 200),
  body: boundedText(20, 10_000),
  publishedOn: day,
});
export type StatementInput = z.output<typeof statementInputSchema>;

export const signatureInputSchema = z.object({ organisationId, signedOn: day });
export type SignatureInput = z.output<typeof signatureInputSchema>;

export const withdrawalInputSchema = z.object({ organisationId });
export type WithdrawalInput = z.output<typeof withdrawalInputSchema>;

export type StatementError =
  | 'organisation-exists'
  | 'unknown-organisation'
  | 'not-a-member'
  | 'date-in-future'
  | 'before-publication'
  | 'already-signed'
  | 'not-signed'
  | 'publisher-stays'
  | 'not-found';

/** Adds an organisation to the list, so that an administrator can give its members accounts. */
export async function registerOrganisation(
  db: Db,
  input: OrganisationInput,
  actor: Actor,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number }, StatementError>> {
  return db.kysely.transaction().execute(async (trx) => {
    if (await findOrganisationByName(trx, input.name)) return fail('organisation-exists');
    const id = await insertOrganisation(trx, {
      name: input.name,
      kind: input.kind,
      website: input.website || null,
      is_demo: opts.demo ? 1 : 0,
      created_at: now.toISOString(),
    });
    if (id === undefined) return fail('organisation-exists');
    await appendAudit(trx, actor, {
      action: 'watch-organisation-added',
      entityType: 'watch_organisation',
      entityId: id,
      after: { name: input.name, kind: input.kind },
    });
    return ok({ id });
  });
}

/** Publishes a statement in the member's organisation's name; the organisation is its first signatory. */
export async function publishStatement(
  db: Db,
  input: StatementInput,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number }, StatementError>> {
  if (!signsFor(user, input.organisationId)) return fail('not-a-member');
  if (input.publishedOn > phnomPenhDate(now)) return fail('date-in-future');
  return db.kysely.transaction().execute(async (trx) => {
    if (!(await findOrganisation(trx, input.organisationId))) return fail('unknown-organisation');
    const at = now.toISOString();
    const id = await insertStatement(trx, {
      organisation_id: input.organisationId,
      title: input.title,
      body: input.body,
      published_on: input.publishedOn,
      is_demo: opts.demo ? 1 : 0,
      created_by: user.id,
      created_at: at,
    });
    await insertSignature(trx, {
      statement_id: id,
      organisation_id: input.organisationId,
      signed_on: input.publishedOn,
      signed_by: user.id,
      recorded_by: user.id,
      recorded_at: at,
    });
    await appendAudit(trx, actorOf(user), {
      action: 'watch-statement-published',
      entityType: 'watch_statement',
      entityId: id,
      after: { organisation: input.organisationId, publishedOn: input.publishedOn },
    });
    return ok({ id });
  });
}

/**
 * The member signs in their organisation's name: once (again after a withdrawal), not before the statement
 * was published, not in the future. A signature a watchdog once recorded on its behalf becomes its own.
 */
export async function signStatement(
  db: Db,
  statementId: number,
  input: SignatureInput,
  user: CurrentUser,
  now: Date,
): Promise<Result<null, StatementError>> {
  if (!signsFor(user, input.organisationId)) return fail('not-a-member');
  if (input.signedOn > phnomPenhDate(now)) return fail('date-in-future');
  return db.kysely.transaction().execute(async (trx) => {
    const statement = await findStatement(trx, statementId);
    if (!statement) return fail('not-found');
    if (input.signedOn < statement.published_on) return fail('before-publication');
    if (!(await findOrganisation(trx, input.organisationId))) return fail('unknown-organisation');
    const given = {
      signed_on: input.signedOn,
      signed_by: user.id,
      recorded_by: user.id,
      recorded_at: now.toISOString(),
    };
    const signed =
      (await insertSignature(trx, {
        statement_id: statementId,
        organisation_id: input.organisationId,
        ...given,
      })) || (await signAgain(trx, statementId, input.organisationId, given));
    if (!signed) return fail('already-signed');
    await appendAudit(trx, actorOf(user), {
      action: 'watch-statement-signed',
      entityType: 'watch_statement',
      entityId: statementId,
      after: { organisation: input.organisationId, signedOn: input.signedOn },
    });
    return ok(null);
  });
}

/** The member withdraws their organisation's signature; the publisher's own stays (it is the statement's). */
export async function withdrawSignature(
  db: Db,
  statementId: number,
  input: WithdrawalInput,
  user: CurrentUser,
  now: Date,
): Promise<Result<null, StatementError>> {
  if (!signsFor(user, input.organisationId)) return fail('not-a-member');
  return db.kysely.transaction().execute(async (trx) => {
    const statement = await findStatement(trx, statementId);
    if (!statement) return fail('not-found');
    if (statement.organisation_id === input.organisationId) return fail('publisher-stays');
    const before = await findSignature(trx, statementId, input.organisationId);
    if (!(await withdrawSignatureRow(trx, statementId, input.organisationId, user.id, now.toISOString())))
      return fail('not-signed');
    await appendAudit(trx, actorOf(user), {
      action: 'watch-signature-withdrawn',
      entityType: 'watch_statement',
      entityId: statementId,
      before: { organisation: input.organisationId, signedOn: before?.signed_on },
    });
    return ok(null);
  });
}
