// Table types of the Telegram channel's bookkeeping: the polling lease and each chat's state (updates handled
// once are in platform/inbound).

/** Who may poll the Bot API now: only one process, or Telegram answers 409 Conflict to the others. */
export interface TelegramLeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** A chat's language and its unfinished conversation (JSON), so a restart loses neither. */
export interface TelegramChatsTable {
  chat_id: string;
  lang: string;
  state: string | null;
  updated_at: string;
}

export interface TelegramTables {
  telegram_leases: TelegramLeasesTable;
  telegram_chats: TelegramChatsTable;
}
