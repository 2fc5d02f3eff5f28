// The hooks that tie a case to the citizen's Telegram chat. Telegram is not wired here yet: both answer
// null, and the pages say Telegram is not available and fall back to SMS. The Telegram bot fills them in.
import type { Executor } from '../../db/database';
import { contactChoiceOfCase } from './handling.queries';

export interface TelegramStartContext {
  db: Executor;
  caseId: number;
  trackingCode: string;
}

/**
 * The `t.me/<bot>?start=<token>` link that, opened in Telegram, ties this case to the chat; null when
 * Telegram is not configured.
 */
export async function telegramStartLink(_ctx: TelegramStartContext): Promise<string | null> {
  return null;
}

/** The Telegram chat tied to this case (the bot's chat id), or null when none is. */
export async function telegramChatOfCase(_db: Executor, _caseId: number): Promise<string | null> {
  return null;
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
