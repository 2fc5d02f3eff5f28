// Table type of "each message from outside handled once" (Telegram updates, citizens' SMS).

/**
 * One row per message received: a claim while `claimed_until` is set (a process is handling it), a record
 * of handling once it is null. A claim whose time ran out belonged to a process that died: it is taken again.
 */
export interface InboundOnceTable {
  /** The channel's name for the message: `telegram:<update_id>`, `sms:<hash of sender, text, parts>`. */
  key: string;
  received_at: string;
  claimed_until: string | null;
}

export interface InboundTables {
  inbound_once: InboundOnceTable;
}
