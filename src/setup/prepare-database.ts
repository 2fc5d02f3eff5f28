// Brings a database to a usable state: migrations, reference data, and demo data or a first administrator.
import type { Db } from '../db/connect';
import { migrateToLatest } from '../db/migrator';
import { loadCommissions } from '../modules/assembly';
import { loadCaseworkDefaults, loadShippedHolidays } from '../modules/casework';
import { loadOwsoReference } from '../modules/owso';
import { loadGazetteer } from '../modules/places';
import { countUsers } from '../platform/auth/auth.queries';
import { createDemoAssembly } from './demo-assembly';
import { createDemoCases } from './demo-cases';
import { createDemoConstituency } from './demo-constituency';
import { createDemoAccounts, createFirstAdmin, generatePassword } from './demo-data';
import { createDemoOwso } from './demo-owso';
import { createDemoOwsoCounter } from './demo-owso-counter';
import { createDemoQuestionsLaws } from './demo-questions-laws';
import { createDemoWatch } from './demo-watch';

export interface PrepareOptions {
  demo: boolean;
  /** The demo accounts' password; generated when absent. */
  demoPassword?: string;
  /** Fictional demo records: concerns, Assembly business, OWSO, office operations (with the demo accounts only; tests leave them out). */
  demoCases?: boolean;
}

export interface PrepareReport {
  migrations: string[];
  placesLoaded: boolean;
  commissionsLoaded: boolean;
  /** Accounts created on this start, with the password to print once (never stored in clear). */
  newAccounts?: { usernames: string[]; password: string; generated: boolean; demo: boolean };
}

/** Idempotent: run at every start; only an empty database gets reference and demo data. */
export async function prepareDatabase(
  db: Db,
  opts: PrepareOptions,
  now = new Date(),
): Promise<PrepareReport> {
  const migrations = await migrateToLatest(db.kysely);
  const places = await loadGazetteer(db);
  const commissions = await loadCommissions(db, now);
  await loadCaseworkDefaults(db, now);
  // Every start, not only an empty database: an upgrade brings a newer year's list (see data/README.md).
  await loadShippedHolidays(db, now);
  // Citizens' Offices and the overcharging category: OWSO overcharging reports become their cases.
  await loadOwsoReference(db);
  const report: PrepareReport = {
    migrations,
    placesLoaded: places.loaded,
    commissionsLoaded: commissions.loaded,
  };
  if ((await countUsers(db.kysely)) > 0) return report;
  const password = opts.demoPassword ?? generatePassword();
  const generated = opts.demoPassword === undefined;
  if (opts.demo) {
    const usernames = await createDemoAccounts(db, password, now);
    if (opts.demoCases) {
      await createDemoCases(db, now);
      await createDemoAssembly(db, now);
      await createDemoQuestionsLaws(db, now);
      await createDemoOwso(db, now);
      await createDemoOwsoCounter(db, now);
      await createDemoConstituency(db, now);
      await createDemoWatch(db, now);
    }
    report.newAccounts = { usernames, password, generated, demo: true };
  } else {
    await createFirstAdmin(db, password, now);
    report.newAccounts = { usernames: ['admin'], password, generated, demo: false };
  }
  return report;
}
