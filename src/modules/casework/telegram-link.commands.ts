// A case tied to its citizen's Telegram chat: the start link's one-time token, the link it makes, and the chat
// as proof. Tapping the link is the citizen's choice of Telegram: the office's news then goes to the chat.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { appendAudit } from '../../platform/audit/audit.queries';
import { hashSecret } from '../../platform/auth/tokens';
import { fail, ok, type Result } from '../../platform/result';
import { contactChoiceOfCase, findCaseById } from './handling.queries';
import {
  casesOfChat,
  chatOfCase,
  insertLinkToken,
  linkCaseChat,
  preferTelegram,
  spendLinkToken,
} from './telegram-link.queries';

/** A week: the citizen may open Telegram later than the page after the form. */
export const TELEGRAM_LINK_TTL_MS = 7 * 24 * 60 * 60_000;
/** Telegram's start parameter allows 64 characters of A–Z, a–z, 0–9, _ and -; 16 random bytes make 22. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/**
 * A one-time token that ties this case to the chat that sends `/start <token>`; call it in the command's
 * transaction. Show it as `telegramLinkPath(token)` on the site: that page sends the browser to the bot.
 */
export async function newTelegramLinkToken(db: Executor, caseId: number, now: Date): Promise<string> {
  const token = randomBytes(16).toString('base64url');
  await insertLinkToken(db, {
    token_hash: hashSecret(token),
    case_id: caseId,
    expires_at: new Date(now.getTime() + TELEGRAM_LINK_TTL_MS).toISOString(),
  });
  return token;
}

/** The site's path that sends the browser to `https://t.me/<bot>?start=<token>` (the bot's name is known there). */
export function telegramLinkPath(token: string): string {
  return `/telegram/link/${token}`;
}

export function isTelegramLinkTokenShape(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Ties the token's case to the chat (the token is spent); the case's news goes to the chat from now on. */
export async function linkChatWithToken(
  db: Db,
  token: string,
  chatId: string,
  now: Date,
): Promise<Result<{ trackingCode: string }, 'unknown-token'>> {
  if (!isTelegramLinkTokenShape(token)) return fail('unknown-token');
  const nowIso = now.toISOString();
  return db.kysely.transaction().execute(async (trx) => {
    const caseId = await spendLinkToken(trx, hashSecret(token), nowIso);
    const row = caseId === undefined ? undefined : await findCaseById(trx, caseId);
    if (!row) return fail('unknown-token');
    await linkCaseChat(trx, row.id, chatId, nowIso);
    await preferTelegram(trx, row.id);
    // The chat id is the citizen's contact: not in the audit row.
    await appendAudit(
      trx,
      { userId: null, label: 'citizen' },
      { action: 'case.telegram.link', entityType: 'case', entityId: row.id },
    );
    return ok({ trackingCode: row.tracking_code });
  });
}

/** Whether the message came from the chat tied to the case. */
export async function isCaseChat(db: Executor, caseId: number, chatId: string): Promise<boolean> {
  return (await chatOfCase(db, caseId)) === chatId;
}

/** The chat the case's news goes to: the tied chat, when the citizen chose Telegram or gave no other contact. */
export async function chosenChatOfCase(
  db: Executor,
  caseId: number,
  preferredContact: string | undefined,
): Promise<string | undefined> {
  return preferredContact === undefined || preferredContact === 'telegram'
    ? chatOfCase(db, caseId)
    : undefined;
}

/** The cases tied to a chat, newest first, with public fields only ("my concerns"). */
export function telegramChatCases(db: Executor, chatId: string) {
  return casesOfChat(db, chatId);
}

export interface TelegramStartContext {
  db: Executor;
  caseId: number;
  trackingCode: string;
  /** Whether this Sala runs a bot (SALA_TELEGRAM_TOKEN); without one, Telegram is not offered. */
  telegramOn: boolean;
  now: Date;
}

/**
 * The site's link that, opened, sends the citizen to the bot with a one-time start token tying this case
 * to their chat; null when no bot runs.
 */
export async function telegramStartLink(ctx: TelegramStartContext): Promise<string | null> {
  if (!ctx.telegramOn) return null;
  return telegramLinkPath(await newTelegramLinkToken(ctx.db, ctx.caseId, ctx.now));
}

/** The Telegram chat tied to this case (the bot's chat id), or null when none is. */
export async function telegramChatOfCase(db: Executor, caseId: number): Promise<string | null> {
  return (await chatOfCase(db, caseId)) ?? null;
}

/**
 * What the page after sending shows a citizen who chose Telegram: the start link, or where messages go
 * while Telegram is not available. Null when the citizen chose another way.
 */
export async function telegramStepOf(
  ctx: TelegramStartContext,
): Promise<{ link: string | null; fallback: 'sms' | 'email' | 'none' } | null> {
  const choice = await contactChoiceOfCase(ctx.db, ctx.caseId);
  if (choice?.preferred_contact !== 'telegram') return null;
  const link = await telegramStartLink(ctx);
  // Booleans come back as 0/1 from SQLite and true/false from PostgreSQL.
  const fallback = choice.has_phone ? 'sms' : choice.has_email ? 'email' : 'none';
  return { link, fallback };
}
