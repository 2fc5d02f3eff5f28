// `npm run audit:verify [-- --checkpoints <saved file>]`: walks the audit chain and every OWSO office's
// receipt chain, compares them with the stored checkpoints (and an auditor's copy of GET /audit/checkpoints),
// checks every sealed evidence row, and reports each break; exit 2 when anything is broken.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { connect } from '../db/connect';
import { checkpointFile } from '../platform/audit/checkpoints';
import { verifyAll } from '../platform/audit/verify-all';
import { HASH_CHAINS } from './hash-chains';

try {
  const { values } = parseArgs({ options: { checkpoints: { type: 'string' } } });
  const config = loadConfig();
  const db = connect(config.database);
  const report = await verifyAll(db.kysely, HASH_CHAINS, {
    checkpointFile: checkpointFile(config.dataDir, config.database),
    auditorCopy: values.checkpoints,
  }).finally(() => db.close());
  for (const { intact, line } of report.lines) (intact ? console.log : console.error)(line);
  process.exit(report.intact ? 0 : 2);
} catch (err) {
  console.error(err instanceof ConfigError ? `Cannot verify. ${err.message}` : err);
  process.exit(1);
}
