// Fictional demo questions to the government and bills (marked demo).
import type { Db } from '../db/connect';

export async function createDemoQuestionsLaws(_db: Db, _now: Date): Promise<void> {}
