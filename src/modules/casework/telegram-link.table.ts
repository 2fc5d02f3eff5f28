// Table types of the tie between a case and the Telegram chat of its citizen.

/** The chat a case's messages go to, and from which the citizen may act on the case. */
export interface CaseTelegramLinksTable {
  case_id: number;
  chat_id: string;
  linked_at: string;
}

/** A one-time token in the bot's start link (`?start=<token>`), stored as a hash until used or expired. */
export interface TelegramLinkTokensTable {
  token_hash: string;
  case_id: number;
  expires_at: string;
  used_at: string | null;
}

export interface TelegramLinkTables {
  case_telegram_links: CaseTelegramLinksTable;
  telegram_link_tokens: TelegramLinkTokensTable;
}
