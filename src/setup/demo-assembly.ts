// Fictional demo legislature, members, sessions, sittings and votes (marked demo).
import type { Db } from '../db/connect';

export async function createDemoAssembly(_db: Db, _now: Date): Promise<void> {}
