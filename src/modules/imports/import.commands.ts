// One import, whoever asks for it (the admin's page or `npm run import`): the file goes to the command of its
// kind, which checks all of it and writes all of it, audited, or nothing.
import type { Db } from '../../db/connect';
import type { Actor } from '../../platform/audit/audit.queries';
import type { ImportOutcome } from '../../platform/import/import-kit';
import { IMPORTERS, type ImportKind } from './importers.commands';

export async function runImport(
  db: Db,
  actor: Actor,
  kind: ImportKind,
  text: string,
  now: Date,
): Promise<ImportOutcome> {
  return IMPORTERS[kind].run(db, actor, text, now);
}
