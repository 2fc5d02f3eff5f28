// `npm run db:migrate`: brings the configured database's schema up to date, and nothing else.
import { ConfigError, loadConfig } from '../config';
import { connect } from '../db/connect';
import { migrateToLatest } from '../db/migrator';
import { withPreparationLock } from '../db/preparation-lock';

try {
  const target = loadConfig().database;
  const db = connect(target);
  // Not while a starting Sala prepares the same database.
  const applied = await withPreparationLock(target, () => migrateToLatest(db.kysely));
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
  await db.close();
} catch (err) {
  console.error(err instanceof ConfigError ? `Cannot migrate. ${err.message}` : err);
  process.exit(1);
}
