// `npm run restore -- <backup folder> [--force]`: restores a backup into the configured data directory and
// database (SALA_DATA_DIR, DATABASE_URL), which must be empty unless --force; then says what it found.
// Exit 0: restored and every chain intact; 2: restored but something is broken; 1: refused or failed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { checkpointFile } from '../platform/audit/checkpoints';
import { BackupRefused } from '../platform/backup/manifest';
import { restoreAndVerify } from './restore-and-verify';

try {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) {
    console.error('Usage: npm run restore -- <backup folder> [--force]');
    process.exit(1);
  }
  const config = loadConfig();
  const outcome = await restoreAndVerify(
    path.resolve(positionals[0]),
    {
      database: config.database,
      dataDir: config.dataDir,
      backupDir: config.backup.dir,
      checkpointFile: checkpointFile(config.dataDir, config.database),
    },
    { force: values.force },
  );
  for (const { intact, line } of outcome.lines) (intact ? console.log : console.error)(line);
  console.log(
    outcome.intact ? 'Restored: everything checked is intact.' : 'Restored, but something above is BROKEN.',
  );
  process.exit(outcome.intact ? 0 : 2);
} catch (err) {
  if (err instanceof ConfigError) console.error(`Cannot restore. ${err.message}`);
  else if (err instanceof BackupRefused) console.error(err.message);
  else console.error(`Restore failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
