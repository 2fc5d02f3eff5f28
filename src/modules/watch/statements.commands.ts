// Commands of civil society's joint statements: publish one, add a signatory. Every write is audited;
// nothing here is edited or deleted afterwards.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { rowId } from '../../platform/http/path-params';
import { calendarDay, latinDigits, optionalText, text, webAddress } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import {
  findOrganisation,
  findOrganisationByName,
  findStatement,
  insertOrganisation,
  insertSignature,
  insertStatement,
} from './statements.queries';
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

/** An organisation chosen from the list, or named here for the first time. */
const organisationFields = {
  organisationId: z.union([z.literal(''), rowId()], 'invalid').default(''),
  newName: z.string().trim().max(200, 'too-long').pipe(optionalText(200)).default(null),
  newKind: z.union([z.literal(''), z.enum(ORGANISATION_KINDS)], 'invalid').default(''),
  newWebsite: z.union([z.literal(''), webAddress()], 'invalid-url').default(''),
};
type OrganisationChoice = {
  organisationId: '' | number;
  newName: string | null;
  newKind: '' | (typeof ORGANISATION_KINDS)[number];
  newWebsite: string;
};

export const statementInputSchema = z.object({
  ...organisationFields,
  title: boundedText(5, 200),
  body: boundedText(20, 10_000),
  publishedOn: day,
});
export type StatementInput = z.output<typeof statementInputSchema>;

export const signatureInputSchema = z.object({ ...organisationFields, signedOn: day });
export type SignatureInput = z.output<typeof signatureInputSchema>;

export type StatementError =
  | 'organisation-required'
  | 'unknown-organisation'
  | 'date-in-future'
  | 'before-publication'
  | 'already-signed'
  | 'not-found';

/** The organisation a form names: an existing one by id, or a new one (kept once by its name). */
async function resolveOrganisation(
  trx: Executor,
  choice: OrganisationChoice,
  user: CurrentUser,
  now: Date,
  demo: boolean,
): Promise<Result<number, StatementError>> {
  if (choice.organisationId !== '') {
    const found = await findOrganisation(trx, choice.organisationId);
    return found ? ok(found.id) : fail('unknown-organisation');
  }
  if (!choice.newName || choice.newKind === '') return fail('organisation-required');
  const known = await findOrganisationByName(trx, choice.newName);
  if (known) return ok(known.id);
  const id = await insertOrganisation(trx, {
    name: choice.newName,
    kind: choice.newKind,
    website: choice.newWebsite || null,
    is_demo: demo ? 1 : 0,
    created_at: now.toISOString(),
  });
  // Another watchdog named the same organisation a moment ago: use theirs.
  if (id === undefined) {
    const added = await findOrganisationByName(trx, choice.newName);
    return added ? ok(added.id) : fail('unknown-organisation');
  }
  await appendAudit(trx, actorOf(user), {
    action: 'watch-organisation-added',
    entityType: 'watch_organisation',
    entityId: id,
    after: { name: choice.newName, kind: choice.newKind },
  });
  return ok(id);
}

/** Publishes a statement; its publisher is its first signatory, on the day of publication. */
export async function publishStatement(
  db: Db,
  input: StatementInput,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number }, StatementError>> {
  if (input.publishedOn > phnomPenhDate(now)) return fail('date-in-future');
  return db.kysely.transaction().execute(async (trx) => {
    const organisation = await resolveOrganisation(trx, input, user, now, opts.demo ?? false);
    if (!organisation.ok) return organisation;
    const at = now.toISOString();
    const id = await insertStatement(trx, {
      organisation_id: organisation.value,
      title: input.title,
      body: input.body,
      published_on: input.publishedOn,
      is_demo: opts.demo ? 1 : 0,
      created_by: user.id,
      created_at: at,
    });
    await insertSignature(trx, {
      statement_id: id,
      organisation_id: organisation.value,
      signed_on: input.publishedOn,
      recorded_by: user.id,
      recorded_at: at,
    });
    await appendAudit(trx, actorOf(user), {
      action: 'watch-statement-published',
      entityType: 'watch_statement',
      entityId: id,
      after: { organisation: organisation.value, publishedOn: input.publishedOn },
    });
    return ok({ id });
  });
}

/** Records an organisation's signature: once, not before the statement was published, not in the future. */
export async function signStatement(
  db: Db,
  statementId: number,
  input: SignatureInput,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<null, StatementError>> {
  if (input.signedOn > phnomPenhDate(now)) return fail('date-in-future');
  return db.kysely
    .transaction()
    .execute(async (trx) => {
      const statement = await findStatement(trx, statementId);
      if (!statement) return fail('not-found');
      if (input.signedOn < statement.published_on) return fail('before-publication');
      const organisation = await resolveOrganisation(trx, input, user, now, opts.demo ?? false);
      if (!organisation.ok) return organisation;
      const added = await insertSignature(trx, {
        statement_id: statementId,
        organisation_id: organisation.value,
        signed_on: input.signedOn,
        recorded_by: user.id,
        recorded_at: now.toISOString(),
      });
      // Rolling back keeps an organisation named only for this refused signature from being added.
      if (!added) throw new AlreadySigned();
      await appendAudit(trx, actorOf(user), {
        action: 'watch-statement-signed',
        entityType: 'watch_statement',
        entityId: statementId,
        after: { organisation: organisation.value, signedOn: input.signedOn },
      });
      return ok(null);
    })
    .catch((error: unknown) => {
      if (error instanceof AlreadySigned) return fail('already-signed' as const);
      throw error;
    });
}

class AlreadySigned extends Error {}
