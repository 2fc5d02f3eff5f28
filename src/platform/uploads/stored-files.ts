// The files a database names, by the module that keeps them: a restore checks each is on disk.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../../db/database';

/** A module's uploaded files: the folder under SALA_DATA_DIR and the names its rows hold. */
export interface StoredFiles {
  folder: string;
  names(db: Executor): Promise<string[]>;
}

/** The files named by the database but missing under `dataDir`, and how many were named in all. */
export async function findMissingFiles(
  db: Executor,
  dataDir: string,
  sources: StoredFiles[],
): Promise<{ named: number; missing: string[] }> {
  let named = 0;
  const missing: string[] = [];
  for (const source of sources) {
    for (const name of await source.names(db)) {
      named++;
      const file = path.join(dataDir, source.folder, name);
      const present = await fs.stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!present) missing.push(`${source.folder}/${name}`);
    }
  }
  return { named, missing };
}
