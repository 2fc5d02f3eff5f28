// Table types of OWSO applications and hash-chained receipts (migration 0010).
export type OwsoCounterTables = Record<never, never>;
