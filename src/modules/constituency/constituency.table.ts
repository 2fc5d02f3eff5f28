// Table types of constituency office operations (migration 0009).
export type ConstituencyTables = Record<never, never>;
