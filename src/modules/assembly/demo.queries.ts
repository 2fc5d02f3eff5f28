// SQL of the Assembly's demo data (demo-*.ts): marking the rows it made as demo, and the few reads it needs.
import type { Executor } from '../../db/database';

/** The demo legislature, the demo parties (codes DEMO-…) and every person: made by the demo alone. */
export async function markDemoMembers(db: Executor, legislatureId: number): Promise<void> {
  await db.updateTable('assembly_legislatures').set({ is_demo: 1 }).where('id', '=', legislatureId).execute();
  await db.updateTable('assembly_parties').set({ is_demo: 1 }).where('code', 'like', 'DEMO-%').execute();
  await db.updateTable('assembly_persons').set({ is_demo: 1 }).execute();
}

/** The first `count` commissions by code, for the demo's commission presidents. */
export function firstCommissionCodes(db: Executor, count: number) {
  return db.selectFrom('commissions').select('code').orderBy('code').limit(count).execute();
}

/** Every session: on a new database, the demo's only. */
export async function markDemoSessions(db: Executor): Promise<void> {
  await db.updateTable('assembly_sessions').set({ is_demo: 1 }).execute();
}

/** Every sitting and vote: on a new database, the demo's only. */
export async function markDemoSittings(db: Executor): Promise<void> {
  await db.updateTable('assembly_sittings').set({ is_demo: 1 }).execute();
  await db.updateTable('assembly_vote_events').set({ is_demo: 1 }).execute();
}

export async function markDemoBills(db: Executor, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('assembly_bills').set({ is_demo: 1 }).where('id', 'in', ids).execute();
}

/** The demo ministries (codes …-DEMO). */
export async function markDemoMinistries(db: Executor): Promise<void> {
  await db.updateTable('assembly_ministries').set({ is_demo: 1 }).where('code', 'like', '%-DEMO').execute();
}

/** Up to `count` members seated on or before `seatedBy` and still seated, oldest seat first. */
export function seatedMembers(db: Executor, seatedBy: string, count: number) {
  return db
    .selectFrom('assembly_memberships')
    .select(['id', 'start_date'])
    .where('end_date', 'is', null)
    .where('start_date', '<=', seatedBy)
    .orderBy('id')
    .limit(count)
    .execute();
}

export async function markDemoQuestions(db: Executor, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('assembly_questions').set({ is_demo: 1 }).where('id', 'in', ids).execute();
}
