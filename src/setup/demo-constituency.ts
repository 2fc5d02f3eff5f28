// Fictional demo missions, plans, coordination and budget of the demo constituency office (marked demo).
import type { Db } from '../db/connect';

export async function createDemoConstituency(_db: Db, _now: Date): Promise<void> {}
