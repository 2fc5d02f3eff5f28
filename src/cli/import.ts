// `npm run import -- <kind> <file>`: imports a file of reference data (roster, offices, services, agencies,
// holidays) through the same command as the admin's import page. Exit 0: imported (the summary is printed);
// 1: the file was refused, nothing written (each refused row is printed); 2: wrong use or an unreadable path.
import fs from 'node:fs';
import os from 'node:os';
import { ConfigError, loadConfig } from '../config';
import { connect } from '../db/connect';
import { IMPORT_KINDS, isImportKind, runImport } from '../modules/imports';
import { problemText, summaryText } from '../platform/import/import.messages';

const USAGE = `Usage: npm run import -- <kind> <file>   (kinds: ${IMPORT_KINDS.join(', ')})`;

const [kind, file] = process.argv.slice(2);
if (!isImportKind(kind) || !file) {
  console.error(USAGE);
  process.exit(2);
}
let text: string;
try {
  text = fs.readFileSync(file, 'utf8');
} catch (err) {
  console.error(`Cannot read ${file}: ${(err as Error).message}`);
  process.exit(2);
}
try {
  const config = loadConfig();
  const db = connect(config.database);
  const actor = { userId: null, label: `command line (${os.userInfo().username})` };
  const outcome = await runImport(db, actor, kind, text, new Date()).finally(() => db.close());
  if (outcome.ok) {
    console.log(summaryText('en', outcome.summary));
    console.log(summaryText('km', outcome.summary));
    process.exit(0);
  }
  console.error(`Nothing was imported from ${file}:`);
  for (const p of outcome.problems) console.error(`${problemText('en', p)}\n  ${problemText('km', p)}`);
  process.exit(1);
} catch (err) {
  console.error(err instanceof ConfigError ? `Cannot import. ${err.message}` : err);
  process.exit(2);
}
