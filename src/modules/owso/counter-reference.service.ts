// What the counter reads to price every receipt (the service at the office with the day's fee, and the
// public holidays for its due date), kept in memory. On PostgreSQL those two reads cost more than writing
// the receipt itself: with them a clerk's receipt waited on three round trips instead of one shared batch.
//
// Kept safely: every change to the tables they come from moves `owso_reference_version` on (database
// triggers, migration 0013), each receipt carries the version it was priced with, and the batch that writes
// it checks that version against the database's in the same transaction (receipt-batch.commands.ts). A receipt
// priced with data another process has since changed is refused with StaleCounterReference, the memory is
// dropped and the receipt is priced again from fresh reads. So no clerk charges a fee that is no longer
// the one in force, whichever app process or hand-made SQL changed it.
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { oncePer } from '../../platform/once-per';
import { holidaysSet, referenceVersion, serviceAtOffice } from './counter.queries';

export type ServiceAtOffice = NonNullable<Awaited<ReturnType<typeof serviceAtOffice>>>;

export interface CounterReference {
  /** The day (Phnom Penh) whose fee this is, and from which the due date counts. */
  day: string;
  /** The oldest version any part of this was read at: the one the write must still find. */
  version: number;
  /** Undefined when the office does not offer the service (or either does not exist). */
  service: ServiceAtOffice | undefined;
  holidays: Set<string>;
}

/** Thrown by a receipt batch when the database's reference version is not the one a receipt was priced with. */
export class StaleCounterReference extends Error {
  constructor() {
    super('the OWSO reference data changed since this receipt was priced');
    this.name = 'StaleCounterReference';
  }
}

/** Enough for every service of a few hundred offices; past it the memory starts again (a day's keys differ). */
const MAX_ENTRIES = 20_000;

interface Memory {
  services: Map<string, { version: number; service: ServiceAtOffice }>;
  holidays?: { version: number; dates: Set<string> };
}

const emptyMemory = (): Memory => ({ services: new Map() });

// Forgetting replaces the memory rather than emptying it: a read begun before the forget then finishes
// into the memory it started with, which is dropped, and never puts old data back.
const holderOf = oncePer((_db: Db) => ({ memory: emptyMemory() }));

/** Reads a version first, then the data: a change made in between moves the version past the one kept. */
async function readVersioned<T>(db: Executor, read: (db: Executor) => Promise<T>) {
  const version = await referenceVersion(db);
  return { version, value: await read(db) };
}

/** The service at the office with the fee in force on `day`, and the holidays, from memory when it has them. */
export async function counterReference(
  db: Db,
  office: string,
  service: string,
  day: string,
): Promise<CounterReference> {
  const memory = holderOf(db).memory;
  if (!memory.holidays) {
    const read = await readVersioned(db.kysely, holidaysSet);
    memory.holidays = { version: read.version, dates: read.value };
  }
  const holidays = memory.holidays;
  const key = `${office}\n${service}\n${day}`;
  let known = memory.services.get(key);
  if (!known) {
    const read = await readVersioned(db.kysely, (e) => serviceAtOffice(e, office, service, day));
    // A refusal (unknown office or service) is not kept: it is rare, and the catalogue may be completed.
    if (!read.value) return { day, version: read.version, service: undefined, holidays: holidays.dates };
    if (memory.services.size >= MAX_ENTRIES) memory.services.clear();
    known = { version: read.version, service: read.value };
    memory.services.set(key, known);
  }
  return {
    day,
    version: Math.min(known.version, holidays.version),
    service: known.service,
    holidays: holidays.dates,
  };
}

/** Drops what is kept, after a write found the database's version moved on. */
export function forgetCounterReference(db: Db): void {
  holderOf(db).memory = emptyMemory();
}
