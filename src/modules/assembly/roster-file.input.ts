// The Assembly's roster as a file gives it, Popolo JSON (the shape of /api/popolo.json) or CSV (one row a
// seat), read into one list of members, parties, commissions, seats and posts, each with where it stood in
// the file so a refusal names its row. Nothing here reads the database.
import { z } from 'zod';
import { hasKhmerLetters } from '../../platform/i18n/commission-name';
import type { RowProblem } from '../../platform/import/import-kit';
import { readCsvTable, rowProblems } from '../../platform/import/import-kit';
import { calendarDay, requiredText } from '../../platform/input-text';
import { POST_ROLES } from './members.commands';

/** Where a record stood: its row (a CSV line, or its place in a JSON list) and the prefix of its fields. */
export interface At {
  row: number;
  prefix: string;
}
export interface PersonIn {
  at: At;
  id: string;
  name_en: string;
  name_km: string;
  gender: string | null;
}
export interface NamedIn {
  at: At;
  code: string;
  name_en: string;
  name_km: string;
}
/** A commission: its Khmer name may be missing (one already stored keeps its own, or its Khmer number). */
export interface CommissionIn {
  at: At;
  code: string;
  name_en: string;
  name_km: string | null;
  /** The Khmer name's column as the file names it, for a refusal. */
  kmColumn: string;
}
export interface SeatIn {
  at: At;
  id: string;
  person: string;
  legislature: number;
  province: string;
  party: string | null;
  start_date: string;
  end_date: string | null;
}
export interface PostIn {
  at: At;
  id: string;
  person: string;
  role: string;
  commission: string | null;
  start_date: string;
  end_date: string | null;
}
export interface RosterFile {
  persons: PersonIn[];
  parties: NamedIn[];
  commissions: CommissionIn[];
  seats: SeatIn[];
  posts: PostIn[];
}

const popoloId = z.string().trim().min(1, 'required').max(200, 'too-long');
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'invalid-code');
const day = calendarDay();
const optionalDay = z
  .string()
  .trim()
  .optional()
  .nullable()
  .transform((s) => s || null)
  .pipe(day.nullable());
const gender = z
  .string()
  .trim()
  .optional()
  .nullable()
  .transform((s) => s || null)
  .pipe(z.enum(['female', 'male'], { error: 'invalid' }).nullable());

const personSchema = z.object({
  id: popoloId,
  name_en: requiredText(2, 200),
  name_km: requiredText(2, 200),
  gender,
});
const namedSchema = z.object({ code, name_en: requiredText(2, 200), name_km: requiredText(2, 200) });
const commissionSchema = z.object({
  code,
  name_en: requiredText(2, 200),
  name_km: z
    .string()
    .optional()
    .nullable()
    .transform((s) => s?.trim() || null)
    .pipe(requiredText(2, 200).nullable()),
});
const seatSchema = z.object({
  id: popoloId,
  person: popoloId,
  legislature: z.coerce
    .number({ error: 'unknown-legislature' })
    .int('unknown-legislature')
    .min(1, 'unknown-legislature'),
  province: z
    .string()
    .trim()
    .regex(/^\d{2}$/, 'unknown-province'),
  party: code.nullable(),
  start_date: day,
  end_date: optionalDay,
});
const postSchema = z.object({
  id: popoloId,
  person: popoloId,
  role: z.enum(POST_ROLES, { error: 'invalid' }),
  commission: code.nullable(),
  start_date: day,
  end_date: optionalDay,
});

/** Parses one record; its problems are pushed with the field names prefixed as the file names them. */
function take<S extends z.ZodType>(
  schema: S,
  at: At,
  raw: unknown,
  problems: RowProblem[],
): z.output<S> | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) {
    const value = parsed.data as z.output<S> & { end_date?: string | null; start_date?: string };
    if (value.end_date && value.start_date && value.end_date < value.start_date) {
      problems.push({ row: at.row, column: `${at.prefix}end_date`, reason: 'date-order' });
      return null;
    }
    return parsed.data;
  }
  for (const p of rowProblems(at.row, parsed.error.issues)) {
    problems.push({ ...p, column: `${at.prefix}${p.column ?? ''}` });
  }
  return null;
}

/**
 * A commission's record. A Khmer name must be in Khmer script; Sala's older exports wrote a commission without
 * one with its English name in the Khmer place, and that copy reads as no Khmer name.
 */
function takeCommission(
  at: At,
  columns: Record<'code' | 'name_en' | 'name_km', string>,
  raw: unknown,
  problems: RowProblem[],
): CommissionIn | null {
  const parsed = commissionSchema.safeParse(raw);
  if (!parsed.success) {
    for (const p of rowProblems(at.row, parsed.error.issues)) {
      const column = columns[p.column as keyof typeof columns] ?? `${at.prefix}${p.column ?? ''}`;
      problems.push({ ...p, column });
    }
    return null;
  }
  const value = parsed.data;
  let nameKm = value.name_km;
  if (nameKm !== null && !hasKhmerLetters(nameKm)) {
    if (nameKm !== value.name_en) {
      problems.push({ row: at.row, column: columns.name_km, reason: 'khmer-name-required' });
      return null;
    }
    nameKm = null;
  }
  const kmColumn = columns.name_km;
  return {
    at,
    kmColumn,
    code: value.code,
    name_en: value.name_en,
    name_km: nameKm?.normalize('NFC') ?? null,
  };
}

const lastPart = (id: string) => id.slice(id.lastIndexOf('/') + 1);

type PopoloName = { name?: unknown; other_names?: { name?: unknown; note?: unknown; lang?: unknown }[] };
function names(o: PopoloName) {
  const km = Array.isArray(o.other_names)
    ? o.other_names.find((n) => n?.note === 'km' || n?.lang === 'km')?.name
    : undefined;
  return { name_en: typeof o.name === 'string' ? o.name : '', name_km: typeof km === 'string' ? km : '' };
}

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.map((v) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {}))
    : [];
const str = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

type Org =
  | { kind: 'legislature'; number: number }
  | { kind: 'party' | 'commission'; code: string }
  | { kind: 'assembly' };

function organizationOf(id: string, declared: Map<string, Org>): Org | null {
  const known = declared.get(id);
  if (known) return known;
  const legislature = /^org\/legislature\/(\d+)$/.exec(id);
  if (legislature) return { kind: 'legislature', number: Number(legislature[1]) };
  if (id.startsWith('org/party/')) return { kind: 'party', code: lastPart(id) };
  if (id.startsWith('org/commission/')) return { kind: 'commission', code: lastPart(id) };
  if (id === 'org/national-assembly') return { kind: 'assembly' };
  return null;
}

/** Popolo JSON: persons, organizations (legislatures, parties, committees), areas and memberships. */
export function readPopolo(json: Record<string, unknown>): { file: RosterFile; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const file: RosterFile = { persons: [], parties: [], commissions: [], seats: [], posts: [] };
  list(json.persons).forEach((p, i) => {
    const value = take(
      personSchema,
      { row: i + 1, prefix: 'persons.' },
      { id: p.id, ...names(p), gender: p.gender },
      problems,
    );
    if (value) file.persons.push({ at: { row: i + 1, prefix: 'persons.' }, ...value });
  });
  const declared = new Map<string, Org>();
  list(json.organizations).forEach((o, i) => {
    const id = str(o.id);
    const at = { row: i + 1, prefix: 'organizations.' };
    const classification = str(o.classification);
    if (classification === 'party') {
      const value = take(namedSchema, at, { code: lastPart(id), ...names(o) }, problems);
      if (!value) return;
      declared.set(id, { kind: 'party', code: value.code });
      file.parties.push({ at, ...value });
    } else if (classification === 'committee') {
      const raw = { code: lastPart(id), ...names(o) };
      const columns = {
        code: `${at.prefix}code`,
        name_en: `${at.prefix}name_en`,
        name_km: `${at.prefix}name_km`,
      };
      const value = takeCommission(at, columns, raw, problems);
      if (!value) return;
      declared.set(id, { kind: 'commission', code: value.code });
      file.commissions.push(value);
    } else if (classification === 'legislature') {
      const org = organizationOf(id, declared);
      if (org) declared.set(id, org);
    }
  });
  const provinceOf = new Map<string, string>();
  for (const a of list(json.areas)) provinceOf.set(str(a.id), str(a.identifier) || lastPart(str(a.id)));
  list(json.memberships).forEach((m, i) => {
    const at = { row: i + 1, prefix: 'memberships.' };
    const org = organizationOf(str(m.organization_id), declared);
    const common = { id: m.id, person: m.person_id, start_date: m.start_date, end_date: m.end_date };
    if (!org || org.kind === 'party') {
      problems.push({ row: at.row, column: `${at.prefix}organization_id`, reason: 'unknown-organization' });
    } else if (org.kind === 'legislature') {
      const party = m.on_behalf_of_id ? organizationOf(str(m.on_behalf_of_id), declared) : null;
      if (m.on_behalf_of_id && party?.kind !== 'party') {
        problems.push({ row: at.row, column: `${at.prefix}on_behalf_of_id`, reason: 'unknown-party' });
        return;
      }
      const area = str(m.area_id);
      const seat = take(
        seatSchema,
        at,
        {
          ...common,
          legislature: org.number,
          province: provinceOf.get(area) ?? lastPart(area),
          party: party?.kind === 'party' ? party.code : null,
        },
        problems,
      );
      if (seat) file.seats.push({ at, ...seat });
    } else {
      const commission = org.kind === 'commission' ? org.code : null;
      const post = take(postSchema, at, { ...common, role: m.role, commission }, problems);
      if (post) file.posts.push({ at, ...post });
    }
  });
  return { file, problems };
}

export const ROSTER_COLUMNS = [
  'id',
  'name_km',
  'name_en',
  'gender',
  'legislature',
  'province',
  'party',
  'party_km',
  'party_en',
  'start_date',
  'end_date',
  'commission',
  'commission_km',
  'commission_en',
  'commission_role',
] as const;
const CSV_REQUIRED = ['id', 'name_km', 'name_en', 'legislature', 'province', 'start_date'] as const;

/** CSV: one row a seat, with the member, the party and (optionally) a commission post on the same row. */
export function readRosterCsv(text: string): { file: RosterFile; problems: RowProblem[] } {
  const file: RosterFile = { persons: [], parties: [], commissions: [], seats: [], posts: [] };
  const table = readCsvTable(text, CSV_REQUIRED);
  if (!table.ok) return { file, problems: table.problems };
  const problems: RowProblem[] = [];
  for (const { row, cells } of table.records) {
    const at = { row, prefix: '' };
    const person = take(personSchema, at, cells, problems);
    if (person && !file.persons.some((p) => p.id === person.id)) file.persons.push({ at, ...person });
    const party = cells.party?.trim() || null;
    if (party && (cells.party_km || cells.party_en)) {
      const value = take(
        namedSchema,
        at,
        { code: party, name_km: cells.party_km, name_en: cells.party_en },
        problems,
      );
      if (value && !file.parties.some((p) => p.code === value.code)) file.parties.push({ at, ...value });
    }
    const seat = take(
      seatSchema,
      at,
      { ...cells, id: `${cells.id}/seat/${cells.legislature}`, person: cells.id, party },
      problems,
    );
    if (seat) file.seats.push({ at, ...seat });
    const commission = cells.commission?.trim();
    if (!commission) continue;
    if (cells.commission_km || cells.commission_en) {
      const raw = { code: commission, name_km: cells.commission_km, name_en: cells.commission_en };
      const columns = { code: 'commission', name_en: 'commission_en', name_km: 'commission_km' };
      const value = takeCommission(at, columns, raw, problems);
      if (value && !file.commissions.some((c) => c.code === value.code)) file.commissions.push(value);
    }
    const post = take(
      postSchema,
      at,
      {
        id: `${cells.id}/post/${commission}`,
        person: cells.id,
        role: cells.commission_role?.trim() || 'commission_member',
        commission,
        start_date: cells.start_date,
        end_date: cells.end_date,
      },
      problems,
    );
    if (post) file.posts.push({ at, ...post });
  }
  return { file, problems };
}
