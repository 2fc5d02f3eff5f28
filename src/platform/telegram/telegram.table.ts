// Table types of the Telegram channel's bookkeeping: updates handled, the polling lease, each chat's state.

/** One row per update handled: a second delivery of the same update_id finds it and is skipped. */
export interface TelegramUpdatesTable {
  /** bigint: PostgreSQL returns it as text, it is only ever compared. */
  update_id: number | string;
  handled_at: string;
}

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
  telegram_updates: TelegramUpdatesTable;
  telegram_leases: TelegramLeasesTable;
  telegram_chats: TelegramChatsTable;
}
