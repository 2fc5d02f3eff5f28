// Fictional demo platform promises, assessments and statements (marked demo).
import type { Db } from '../db/connect';

export async function createDemoWatch(_db: Db, _now: Date): Promise<void> {}
