// `npm run audit:checkpoint`: takes a checkpoint of every chain that moved since its last one, now (the app
// also takes them every 5 minutes).
import { ConfigError, loadConfig } from '../config';
import { connect } from '../db/connect';
import { checkpointFile, takeCheckpoints } from '../platform/audit/checkpoints';
import { HASH_CHAINS } from './hash-chains';

try {
  const config = loadConfig();
  const db = connect(config.database);
  const { taken, refused } = await takeCheckpoints(
    db.kysely,
    HASH_CHAINS,
    checkpointFile(config.dataDir, config.database),
    new Date(),
  ).finally(() => db.close());
  for (const c of taken) console.log(`Checkpoint of ${c.chain}: ${c.rowCount} rows, head ${c.headHash}.`);
  for (const r of refused) console.error(`No checkpoint of ${r.checkpoint.chain}: ${r.loss}.`);
  process.exit(refused.length ? 2 : 0);
} catch (err) {
  console.error(err instanceof ConfigError ? `Cannot take checkpoints. ${err.message}` : err);
  process.exit(1);
}
