// A citizen adds their name in support of a published statement: a one-time code goes through the outbox to
// the phone or e-mail they give, and the support counts once that code is typed back. The contact is kept
// only as a hash (one support per person per statement); the name only when the citizen agrees to show it.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { appendAudit } from '../../platform/audit/audit.queries';
import { CODE_TTL_MS, hashSecret, newOneTimeCode, newSecret, secretsMatch } from '../../platform/auth/tokens';
import type { Lang } from '../../platform/i18n/i18n';
import { latinDigits, optionalText } from '../../platform/input-text';
import { normalizePhone } from '../../platform/khmer/numbers';
import { enqueueMessage } from '../../platform/outbox/outbox.queries';
import { fail, ok, type Result } from '../../platform/result';
import {
  confirmSupporter,
  countWrongCode,
  findStatement,
  findSupporterByContact,
  findSupporterByRequest,
  insertSupporter,
  renewSupportCode,
} from './statements.queries';

/** Wrong codes a pending support may take, over all the codes sent for it. */
export const SUPPORT_CODE_TRIES = 5;

const CITIZEN = { userId: null, label: 'citizen' };

/** A phone number (Cambodian or +country) or an e-mail address: how the code is sent. */
const contact = z
  .string()
  .trim()
  .max(200, 'contact-invalid')
  .transform((typed, ctx) => {
    if (typed === '') {
      ctx.addIssue({ code: 'custom', message: 'contact-required' });
      return z.NEVER;
    }
    if (typed.includes('@')) {
      const email = z.email().safeParse(typed.toLowerCase());
      if (email.success) return { channel: 'email' as const, address: email.data };
    } else {
      const phone = normalizePhone(typed);
      if (phone) return { channel: 'sms' as const, address: phone };
    }
    ctx.addIssue({ code: 'custom', message: 'contact-invalid' });
    return z.NEVER;
  });

export const supportInputSchema = z
  .object({
    contact,
    name: z.string().trim().max(100, 'too-long').pipe(optionalText(100)).default(null),
    showName: z.union([z.literal(''), z.literal('yes')]).default(''),
  })
  .refine((v) => v.showName === '' || v.name !== null, { message: 'name-required', path: ['name'] });
export type SupportInput = z.output<typeof supportInputSchema>;

export const confirmInputSchema = z.object({
  request: z.string().regex(/^[A-Za-z0-9_-]{20,60}$/, 'wrong-code'),
  code: z
    .string()
    .trim()
    .transform(latinDigits)
    .pipe(z.string().regex(/^\d{6}$/, 'code-shape')),
});
export type ConfirmInput = z.output<typeof confirmInputSchema>;

export type SupportError = 'not-found' | 'wrong-code' | 'code-expired' | 'too-many-tries';

const contactHash = (statementId: number, address: string) => hashSecret(`support:${statementId}:${address}`);
const codeHash = (supporterId: string, code: string) => hashSecret(`${supporterId}:${code}`);

/**
 * Sends a code for the citizen to confirm their support. The answer is the same whether or not this contact
 * supports the statement already (then nothing is sent and no code will match), so the form cannot be used
 * to find out who supports what.
 */
export async function requestSupport(
  db: Db,
  statementId: number,
  input: SupportInput,
  lang: Lang,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ request: string; channel: 'sms' | 'email'; demoCode?: string }, SupportError>> {
  const request = newSecret();
  const code = newOneTimeCode();
  return db.kysely.transaction().execute(async (trx) => {
    if (!(await findStatement(trx, statementId))) return fail('not-found');
    const hash = contactHash(statementId, input.contact.address);
    const known = await findSupporterByContact(trx, statementId, hash);
    if (known?.confirmed_at) return ok({ request, channel: input.contact.channel });
    if (known && known.wrong_codes >= SUPPORT_CODE_TRIES) return fail('too-many-tries');
    const expires = new Date(now.getTime() + CODE_TTL_MS).toISOString();
    const name = input.showName === 'yes' ? input.name : null;
    // The code's hash is salted with the request, so a table of one support's hashes says nothing of another's.
    const stored = {
      request_hash: hashSecret(request),
      code_hash: codeHash(request, code),
      code_expires_at: expires,
      name,
    };
    if (known) await renewSupportCode(trx, known.id, stored);
    else
      await insertSupporter(trx, {
        statement_id: statementId,
        contact_hash: hash,
        ...stored,
        is_demo: opts.demo ? 1 : 0,
        created_at: now.toISOString(),
      });
    // Demo supporters are fictional addresses at example.org: their code is handed back, never sent.
    if (opts.demo) return ok({ request, channel: input.contact.channel, demoCode: code });
    await enqueueMessage(trx, {
      channel: input.contact.channel,
      recipient: input.contact.address,
      template: 'support_code',
      lang,
      payload: { code },
      caseId: null,
      now,
    });
    await appendAudit(trx, CITIZEN, {
      action: 'watch-support-code-sent',
      entityType: 'watch_statement',
      entityId: statementId,
      after: { channel: input.contact.channel },
    });
    return ok({ request, channel: input.contact.channel });
  });
}

/** Counts the support when the code is right, in time, and within the tries; each wrong code is counted. */
export async function confirmSupport(
  db: Db,
  statementId: number,
  input: ConfirmInput,
  now: Date,
): Promise<Result<null, SupportError>> {
  return db.kysely.transaction().execute(async (trx) => {
    const row = await findSupporterByRequest(trx, statementId, hashSecret(input.request));
    if (!row) return fail('wrong-code');
    if (row.confirmed_at) return ok(null);
    if (row.wrong_codes >= SUPPORT_CODE_TRIES) return fail('too-many-tries');
    if (!secretsMatch(row.code_hash, codeHash(input.request, input.code))) {
      // The count commits with this transaction: a refusal is returned, not thrown.
      await countWrongCode(trx, row.id, SUPPORT_CODE_TRIES);
      return fail(row.wrong_codes + 1 >= SUPPORT_CODE_TRIES ? 'too-many-tries' : 'wrong-code');
    }
    if (row.code_expires_at <= now.toISOString()) return fail('code-expired');
    if (!(await confirmSupporter(trx, row.id, now.toISOString()))) return ok(null);
    await appendAudit(trx, CITIZEN, {
      action: 'watch-support-confirmed',
      entityType: 'watch_statement',
      entityId: statementId,
      after: { named: row.name !== null },
    });
    return ok(null);
  });
}
