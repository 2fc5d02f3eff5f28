// Fictional demo joint statements, signatories and watchdog notes (marked demo).
import type { Db } from '../db/connect';

export async function createDemoStatements(_db: Db, _now: Date): Promise<void> {}
