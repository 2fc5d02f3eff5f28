// Sample OWSO catalogue (sample fees — not official), offices and receipts (marked demo).
import type { Db } from '../db/connect';

export async function createDemoOwso(_db: Db, _now: Date): Promise<void> {}
