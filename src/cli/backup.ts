// `npm run backup [-- --prune]`: one backup of the configured database and data directory into
// SALA_BACKUP_DIR, safe while Sala runs; --prune then keeps only the newest SALA_BACKUP_KEEP.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { backupSourceOf, makeBackup, pruneBackups } from '../platform/backup/make-backup';
import { VERSION } from '../version';

try {
  const { values } = parseArgs({ options: { prune: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const { folder, manifest } = await makeBackup(backupSourceOf(config, VERSION));
  const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`Backup written: ${folder}`);
  console.log(
    `  ${manifest.files.length} files, ${bytes} bytes; every write acknowledged before ${manifest.startedAt} is in it`,
  );
  if (values.prune) {
    const removed = await pruneBackups(config.backup.dir, config.backup.keep);
    console.log(`  kept the newest ${config.backup.keep}; removed ${removed.length} older`);
  }
} catch (err) {
  console.error(
    err instanceof ConfigError
      ? `Cannot back up. ${err.message}`
      : `Backup failed: ${err instanceof Error ? err.message : err}`,
  );
  process.exit(1);
}
