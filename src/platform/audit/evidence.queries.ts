// Checks the seals of the audit chain against the evidence rows they name (see evidence.rules.ts), and that
// every evidence row written since migration 0015 has its seal.
import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import { hashEvidence, type Seal } from './evidence.rules';

export type EvidenceProblem =
  /** The row's sealed fields no longer hash to the seal, or the row is gone. */
  | { kind: 'edited' | 'missing'; auditId: number; table: string; key: string; id: number }
  /** A covered row that no audit row seals: written by hand, outside the commands. */
  | { kind: 'unsealed'; auditId: null; table: string; key: string; id: number };

type Sealed = { auditId: number; seal: Seal };

/** Rows looked up per statement. */
const CHUNK = 500;

/**
 * Reads the audit rows that carry seals, a page at a time, and checks each row's newest seal of each group
 * of fields against the row (a later seal of the same fields replaces an earlier one: a case answered
 * again); then looks for covered rows that have no seal. Problems come in the order of the audit rows.
 */
export async function verifyEvidence(db: Executor, pageSize = 1000): Promise<EvidenceProblem[]> {
  const newest = new Map<string, Sealed>();
  let lastId = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .select(['id', 'summary'])
      .where('id', '>', lastId)
      .where('summary', 'like', '%"sealed"%')
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const row of page) {
      for (const seal of (JSON.parse(row.summary) as { sealed?: Seal[] }).sealed ?? []) {
        newest.set(`${seal.table} ${seal.key} ${seal.id} ${seal.fields.join()}`, { auditId: row.id, seal });
      }
    }
    if (page.length < pageSize) break;
    lastId = page[page.length - 1].id;
  }
  const sealed = [...newest.values()];
  const problems = await checkSeals(db, sealed);
  problems.sort((a, b) => (a.auditId ?? 0) - (b.auditId ?? 0));
  const sealedIds = new Map<string, Set<number>>();
  for (const { seal } of sealed) {
    sealedIds.set(seal.table, (sealedIds.get(seal.table) ?? new Set<number>()).add(seal.id));
  }
  return [...problems, ...(await unsealedRows(db, sealedIds))];
}

async function checkSeals(db: Executor, sealed: Sealed[]): Promise<EvidenceProblem[]> {
  const groups = new Map<string, Sealed[]>();
  for (const s of sealed) {
    const name = `${s.seal.table} ${s.seal.key}`;
    const group = groups.get(name);
    if (group) group.push(s);
    else groups.set(name, [s]);
  }
  const problems: EvidenceProblem[] = [];
  for (const group of groups.values()) {
    const { table, key } = group[0].seal;
    const fields = [...new Set([key, ...group.flatMap((s) => s.seal.fields)])];
    const rows = await rowsByKey(db, table, key, fields, [...new Set(group.map((s) => s.seal.id))]);
    for (const { auditId, seal } of group) {
      const row = rows.get(seal.id);
      if (!row || hashEvidence(row, seal.fields) !== seal.hash) {
        problems.push({ kind: row ? 'edited' : 'missing', auditId, table, key, id: seal.id });
      }
    }
  }
  return problems;
}

/** The rows of `table` whose `key` is one of `ids`, by key. A table or column that is gone finds nothing. */
async function rowsByKey(
  db: Executor,
  table: string,
  key: string,
  fields: string[],
  ids: number[],
): Promise<Map<number, Record<string, unknown>>> {
  const found = new Map<number, Record<string, unknown>>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const { rows } = await sql<Record<string, unknown>>`
      select ${sql.join(fields.map((f) => sql.ref(f)))} from ${sql.table(table)}
      where ${sql.ref(key)} in (${sql.join(chunk)})`
      .execute(db)
      .catch(() => ({ rows: [] as Record<string, unknown>[] }));
    for (const row of rows) found.set(Number(row[key]), row);
  }
  return found;
}

/** Covered rows (from the key migration 0015 recorded on) that no seal names. */
async function unsealedRows(db: Executor, sealedIds: Map<string, Set<number>>): Promise<EvidenceProblem[]> {
  const problems: EvidenceProblem[] = [];
  const coverage = await db.selectFrom('audit_evidence_coverage').selectAll().orderBy('table_name').execute();
  for (const { table_name: table, key_column: key, covered_from } of coverage) {
    const { rows } = await sql<{ id: number }>`
      select ${sql.ref(key)} as id from ${sql.table(table)} where ${sql.ref(key)} >= ${covered_from}
      order by ${sql.ref(key)}`.execute(db);
    const sealed = sealedIds.get(table) ?? new Set<number>();
    for (const { id } of rows) {
      if (!sealed.has(Number(id)))
        problems.push({ kind: 'unsealed', auditId: null, table, key, id: Number(id) });
    }
  }
  return problems;
}
