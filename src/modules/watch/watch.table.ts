// Table types of parliamentary watch (migration 0011).
export type WatchTables = Record<never, never>;
