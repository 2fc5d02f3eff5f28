// Fictional demo platform promises, assessments and statements (marked demo).
import type { Db } from '../../db/connect';
import { createDemoPromises } from './demo-watch-promises';
import { createDemoStatements } from './demo-watch-statements';

export async function createDemoWatch(db: Db, now: Date): Promise<void> {
  await createDemoPromises(db, now);
  await createDemoStatements(db, now);
}
