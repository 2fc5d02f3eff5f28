// `npm run db:migrate`: brings the configured database's schema up to date, and nothing else.
import { ConfigError, loadConfig } from '../config';
import { connect } from './connect';
import { migrateToLatest } from './migrator';

try {
  const db = connect(loadConfig().database);
  const applied = await migrateToLatest(db.kysely);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
  await db.close();
} catch (err) {
  console.error(err instanceof ConfigError ? `Cannot migrate. ${err.message}` : err);
  process.exit(1);
}
