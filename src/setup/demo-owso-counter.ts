// Fictional demo applications and receipts at the demo OWSO offices (marked demo).
import type { Db } from '../db/connect';

export async function createDemoOwsoCounter(_db: Db, _now: Date): Promise<void> {}
