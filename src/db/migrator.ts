// Runs the schema migrations, the same ones for SQLite and PostgreSQL.
// biome-ignore-all lint/suspicious/noExplicitAny: migrations work on any database type.
import { type Kysely, type Migration, Migrator } from 'kysely';
import { foundation } from './migrations/0001-foundation';
import { casework } from './migrations/0002-casework';

/** Every migration in order; the key is its permanent name. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-casework': casework,
};

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
