// Brings a database to a usable state: migrations, reference data, and demo data or a first administrator.
import { MODULES } from '../app';
import type { Db } from '../db/connect';
import { migrateToLatest } from '../db/migrator';
import { countUsers } from '../platform/auth/auth.queries';
import type { ModuleManifest } from '../platform/http/types';
import { inDataOrder } from './data-order';
import { createDemoAccounts, createFirstAdmin, generatePassword } from './demo-data';

export interface PrepareOptions {
  demo: boolean;
  /** The demo accounts' password; generated when absent. */
  demoPassword?: string;
  /** Fictional demo records: concerns, Assembly business, OWSO, office operations (with the demo accounts only; tests leave them out). */
  demoCases?: boolean;
}

export interface PrepareReport {
  migrations: string[];
  /** Reference data loaded on this start, in words ("the Assembly's commissions"). */
  referenceLoaded: string[];
  /** Accounts created on this start, with the password to print once (never stored in clear). */
  newAccounts?: { usernames: string[]; password: string; generated: boolean; demo: boolean };
}

/**
 * Idempotent: run at every start. Each module's manifest loads its reference data; only an empty database gets
 * demo data (each manifest's) or a first administrator.
 */
export async function prepareDatabase(
  db: Db,
  opts: PrepareOptions,
  now = new Date(),
  modules: ModuleManifest[] = MODULES,
): Promise<PrepareReport> {
  const migrations = await migrateToLatest(db.kysely);
  const ordered = inDataOrder(modules);
  const referenceLoaded: string[] = [];
  for (const m of ordered) if (m.loadReference) referenceLoaded.push(...(await m.loadReference(db, now)));
  const report: PrepareReport = { migrations, referenceLoaded };
  if ((await countUsers(db.kysely)) > 0) return report;
  const password = opts.demoPassword ?? generatePassword();
  const generated = opts.demoPassword === undefined;
  if (opts.demo) {
    const usernames = await createDemoAccounts(db, password, now);
    if (opts.demoCases) {
      for (const m of ordered) await m.seedDemo?.(db, now);
    }
    report.newAccounts = { usernames, password, generated, demo: true };
  } else {
    await createFirstAdmin(db, password, now);
    report.newAccounts = { usernames: ['admin'], password, generated, demo: false };
  }
  return report;
}
