// The Assembly's roster imported from Popolo JSON or CSV: members, parties, seats (memberships of a
// legislature, with their constituency and party), commissions and posts. Members, seats and posts are
// matched by their Popolo id (a row made in Sala answers to "person/<id>", as the export names it), parties
// and commissions by code: a re-import updates in place, never duplicates. Every record is checked first;
// one refused record writes nothing.
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import {
  ChangeCounter,
  type Importer,
  type ImportOutcome,
  type RowProblem,
  refused,
} from '../../platform/import/import-kit';
import { type At, type RosterFile, readPopolo, readRosterCsv } from './roster-file.input';
import {
  insertRosterCommission,
  insertRosterParty,
  insertRosterPerson,
  insertRosterPost,
  insertRosterSeat,
  legislatureIds,
  provinceCodes,
  rosterCommissions,
  rosterParties,
  rosterPersons,
  rosterPosts,
  rosterSeats,
  updateRosterCommission,
  updateRosterParty,
  updateRosterPerson,
  updateRosterPost,
  updateRosterSeat,
} from './roster-import.queries';

/** The key a stored row answers to: the id an import gave it, else the one the Popolo export gives it. */
const keyOf = (kind: string, row: { id: number; popolo_id: string | null }) =>
  row.popolo_id ?? `${kind}/${row.id}`;

function readRoster(text: string): { file: RosterFile; problems: RowProblem[] } {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed.startsWith('{')) return readRosterCsv(text);
  try {
    const json: unknown = JSON.parse(trimmed);
    if (json && typeof json === 'object' && !Array.isArray(json))
      return readPopolo(json as Record<string, unknown>);
  } catch {
    // An unreadable file is refused as a whole below.
  }
  return {
    file: { persons: [], parties: [], commissions: [], seats: [], posts: [] },
    problems: [{ row: 0, reason: 'unreadable' }],
  };
}

const problemAt = (at: At, field: string, reason: RowProblem['reason']): RowProblem => ({
  row: at.row,
  column: `${at.prefix}${field}`,
  reason,
});

/** A refusal found while writing (a post whose member holds no seat on its day): the transaction rolls back. */
class RefusedWhileWriting extends Error {
  constructor(readonly problems: RowProblem[]) {
    super('roster refused');
  }
}

export async function importRoster(db: Db, actor: Actor, text: string, now: Date): Promise<ImportOutcome> {
  const { file, problems } = readRoster(text);
  const total =
    file.persons.length +
    file.seats.length +
    file.posts.length +
    file.parties.length +
    file.commissions.length;
  if (problems.length === 0 && total === 0) return refused([{ row: 0, reason: 'empty' }]);
  const k = db.kysely;
  const [persons, parties, commissions, legislatures, provinces] = await Promise.all([
    rosterPersons(k),
    rosterParties(k),
    rosterCommissions(k),
    legislatureIds(k),
    provinceCodes(k),
  ]);
  const personKeys = new Set([...persons.map((p) => keyOf('person', p)), ...file.persons.map((p) => p.id)]);
  const partyCodes = new Set([...parties.map((p) => p.code), ...file.parties.map((p) => p.code)]);
  const commissionCodes = new Set([
    ...commissions.map((c) => c.code),
    ...file.commissions.map((c) => c.code),
  ]);
  const legislatureOf = new Map(legislatures.map((l) => [Number(l.number), l.id]));
  for (const list of [file.persons, file.seats, file.posts]) {
    const seen = new Set<string>();
    for (const r of list) {
      if (seen.has(r.id)) problems.push(problemAt(r.at, 'id', 'duplicate-in-file'));
      seen.add(r.id);
    }
  }
  for (const s of file.seats) {
    if (!personKeys.has(s.person)) problems.push(problemAt(s.at, 'person_id', 'unknown-person'));
    if (!legislatureOf.has(s.legislature))
      problems.push(problemAt(s.at, 'legislature', 'unknown-legislature'));
    if (!provinces.has(s.province)) problems.push(problemAt(s.at, 'province', 'unknown-province'));
    if (s.party && !partyCodes.has(s.party)) problems.push(problemAt(s.at, 'party', 'unknown-party'));
  }
  const storedCommission = new Map(commissions.map((c) => [c.code, c]));
  for (const c of file.commissions) {
    // A commission is named in Khmer on every Khmer page, SMS and letter: one added, or renamed, by a file
    // brings its Khmer name (as the secretariat's form requires); one left as it is keeps what it has.
    const stored = storedCommission.get(c.code);
    const renamed = stored !== undefined && stored.name_en !== c.name_en;
    if (c.name_km === null && (!stored || (stored.name_km === null && renamed)))
      problems.push({ row: c.at.row, column: c.kmColumn, reason: 'khmer-name-required' });
  }
  for (const p of file.posts) {
    if (!personKeys.has(p.person)) problems.push(problemAt(p.at, 'person_id', 'unknown-person'));
    if (p.commission && !commissionCodes.has(p.commission)) {
      problems.push(problemAt(p.at, 'commission', 'unknown-commission'));
    }
  }
  if (problems.length > 0) return refused(problems.sort((a, b) => a.row - b.row));
  try {
    return await db.kysely.transaction().execute((trx) => writeRoster(trx, actor, file, legislatureOf, now));
  } catch (err) {
    if (err instanceof RefusedWhileWriting) return refused(err.problems);
    throw err;
  }
}

async function writeRoster(
  trx: Executor,
  actor: Actor,
  file: RosterFile,
  legislatureOf: Map<number, number>,
  now: Date,
): Promise<ImportOutcome> {
  const counter = new ChangeCounter();
  const stamp = now.toISOString();

  const partyId = new Map((await rosterParties(trx)).map((p) => [p.code, p]));
  for (const p of file.parties) {
    const before = partyId.get(p.code);
    const change = counter.count(before, { name_en: p.name_en, name_km: p.name_km });
    if (change === 'add') {
      const id = await insertRosterParty(trx, { code: p.code, name_en: p.name_en, name_km: p.name_km });
      partyId.set(p.code, { id, ...p });
    } else if (change === 'update' && before) {
      await updateRosterParty(trx, before.id, { name_en: p.name_en, name_km: p.name_km });
    }
  }

  const storedCommissions = new Map((await rosterCommissions(trx)).map((c) => [c.code, c]));
  for (const c of file.commissions) {
    const before = storedCommissions.get(c.code);
    // A file without a Khmer name leaves the stored one (checked above: a new commission brings one).
    const nameKm = c.name_km ?? before?.name_km ?? null;
    const change = counter.count(before, { name_en: c.name_en, name_km: nameKm });
    const row = { name_en: c.name_en, name_km: nameKm, updated_at: stamp };
    if (change === 'add') {
      await insertRosterCommission(trx, { code: c.code, ...row, source: 'roster import', is_active: 1 });
    } else if (change === 'update') await updateRosterCommission(trx, c.code, row);
  }

  const personId = new Map((await rosterPersons(trx)).map((p) => [keyOf('person', p), p]));
  for (const p of file.persons) {
    const before = personId.get(p.id);
    const fields = { name_en: p.name_en, name_km: p.name_km, gender: p.gender };
    const change = counter.count(before, fields);
    if (change === 'add') {
      const id = await insertRosterPerson(trx, {
        ...fields,
        popolo_id: p.id,
        khmer_by_birth: 1,
        created_at: stamp,
      });
      personId.set(p.id, { id, popolo_id: p.id, ...fields });
    } else if (change === 'update' && before) await updateRosterPerson(trx, before.id, fields);
  }

  const seats = await rosterSeats(trx);
  const seatByKey = new Map(seats.map((s) => [keyOf('membership', s), s]));
  for (const s of file.seats) {
    const before = seatByKey.get(s.id);
    const fields = {
      person_id: personId.get(s.person)!.id,
      legislature_id: legislatureOf.get(s.legislature)!,
      province_code: s.province,
      party_id: s.party ? partyId.get(s.party)!.id : null,
      start_date: s.start_date,
      end_date: s.end_date,
    };
    const change = counter.count(before, fields);
    if (change === 'add') {
      const id = await insertRosterSeat(trx, { ...fields, popolo_id: s.id, created_at: stamp });
      seats.push({ id, popolo_id: s.id, ...fields });
    } else if (change === 'update' && before) {
      await updateRosterSeat(trx, before.id, fields);
      Object.assign(before, fields);
    }
  }

  const postByKey = new Map((await rosterPosts(trx)).map((p) => [keyOf('membership/post', p), p]));
  const problems: RowProblem[] = [];
  for (const p of file.posts) {
    const person = personId.get(p.person)!.id;
    // The post belongs to the seat the member held on the post's first day.
    const seat = seats.find(
      (s) =>
        s.person_id === person && s.start_date <= p.start_date && (!s.end_date || s.end_date >= p.start_date),
    );
    if (!seat) {
      problems.push(problemAt(p.at, 'person_id', 'unknown-person'));
      continue;
    }
    const before = postByKey.get(p.id);
    const fields = {
      membership_id: seat.id,
      role: p.role,
      commission_code: p.commission,
      start_date: p.start_date,
      end_date: p.end_date,
    };
    const change = counter.count(before, fields);
    if (change === 'add') await insertRosterPost(trx, { ...fields, popolo_id: p.id });
    else if (change === 'update' && before) await updateRosterPost(trx, before.id, fields);
  }
  if (problems.length > 0) throw new RefusedWhileWriting(problems);

  const { added, updated } = counter.summary;
  if (added + updated > 0) {
    await appendAudit(trx, actor, {
      action: 'roster.import',
      entityType: 'assembly_roster',
      entityId: 'roster',
      after: { counts: counter.summary },
    });
  }
  return { ok: true, summary: counter.summary };
}

export const rosterImporter: Importer = {
  kind: 'roster',
  accept: '.json,application/json,.csv,text/csv',
  run: importRoster,
};
