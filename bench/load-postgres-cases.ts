// Copies a generated queue data set (a SQLite file of generate-cases.ts) into a PostgreSQL schema of its
// own, bench_queue_<count>, migrated like Sala's; kept for the next run (reloaded only when incomplete).
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { connect } from '../src/db/connect';
import { prepareDatabase } from '../src/setup/prepare-database';
import { BENCH_NOW } from './generate-cases';

const BATCH = 5_000;

/** Loads the cases of `sqliteFile` into bench_queue_<count> unless already there; returns the schema. */
export async function loadCasesIntoPostgres(url: string, sqliteFile: string, count: number): Promise<string> {
  const schema = `bench_queue_${count}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ready = await client.query(
      'select 1 from information_schema.tables where table_schema = $1 and table_name = $2',
      [schema, 'bench_ready'],
    );
    if (ready.rowCount === 1) return schema;

    const started = Date.now();
    const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.query(`create schema ${schema}`);
    const db = connect({ kind: 'postgres', url, schema });
    await prepareDatabase(db, { demo: false }, new Date(BENCH_NOW));
    await db.close();
    await client.query(`set search_path = ${schema}`);
    await client.query(`set maintenance_work_mem = '512MB'`);

    // The indexes of cases (not its keys) are built once after the load, not row by row.
    const indexes = (
      await client.query<{ indexname: string; indexdef: string }>(
        `select indexname, indexdef from pg_indexes where schemaname = $1 and tablename = 'cases'
           and indexname not in (select conname from pg_constraint where connamespace = $1::regnamespace)`,
        [schema],
      )
    ).rows;
    for (const { indexname } of indexes) await client.query(`drop index ${schema}."${indexname}"`);

    const types = new Map(
      (
        await client.query<{ column_name: string; data_type: string }>(
          `select column_name, data_type from information_schema.columns where table_schema = $1 and table_name = 'cases'`,
          [schema],
        )
      ).rows.map((r) => [r.column_name, r.data_type]),
    );
    const sqlite = new SQLite(sqliteFile, { readonly: true });
    const columns = (
      sqlite.prepare('select name from pragma_table_info(?)').all('cases') as { name: string }[]
    )
      .map((c) => c.name)
      .filter((name) => name !== 'id' && types.has(name));
    const insert = `insert into cases (${columns.join(', ')}) select * from unnest(${columns
      .map((name, i) => `$${i + 1}::${types.get(name)}[]`)
      .join(', ')})`;
    const rows = sqlite
      .prepare(`select ${columns.join(', ')} from cases order by id`)
      .raw()
      .iterate() as Iterable<unknown[]>;
    let batch: unknown[][] = columns.map(() => []);
    let loaded = 0;
    const flush = async () => {
      if (batch[0].length === 0) return;
      await client.query(insert, batch);
      loaded += batch[0].length;
      batch = columns.map(() => []);
      if (loaded % 100_000 === 0) console.log(`  PostgreSQL: ${loaded} cases, ${seconds()} s`);
    };
    for (const row of rows) {
      for (const [i, value] of row.entries()) batch[i].push(value);
      if (batch[0].length === BATCH) await flush();
    }
    await flush();
    sqlite.close();
    console.log(`  PostgreSQL: ${loaded} cases written in ${seconds()} s; building indexes`);
    for (const { indexdef } of indexes) await client.query(indexdef);
    // The gazetteer too: without its statistics the planner hashes every place to name 50 rows.
    await client.query('vacuum analyze cases, places, concern_categories');
    await client.query('create table bench_ready (loaded_at text)');
    console.log(`  PostgreSQL: ready in ${seconds()} s`);
    return schema;
  } finally {
    await client.end();
  }
}
