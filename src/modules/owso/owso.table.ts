// Table types of the One Window Service Offices (migration 0008).
export type OwsoTables = Record<never, never>;
