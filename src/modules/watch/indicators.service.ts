// The indicators of an MP's work over a legislature, counted from the Assembly's and the office's records.
// Each is one grouped query for all members at once, so the comparison table of 125 members costs a few
// queries, not hundreds.
import type { Executor } from '../../db/database';
import { attendanceOfMembers, membersForIndicators, questionsAskedBy, votesCastBy } from '../assembly';
import { missionCommunesOf, missionConcernCountsOf, officeConcernsQuery } from './indicators.queries';

export interface MemberIndicators {
  membershipId: number;
  personId: number;
  nameEn: string;
  nameKm: string;
  provinceCode: string;
  partyCode: string | null;
  /** Sittings held while a member, and those attended. */
  sittingsHeld: number;
  sittingsAttended: number;
  /** Votes cast by name (for, against, abstaining). */
  votesCast: number;
  questionsAsked: number;
  /** Questions answered on or before their due day (Art. 96: 7 days). */
  questionsAnsweredInTime: number;
  /** Field missions the member took part in (reported ones), the distinct communes they visited, and the
   * concerns those missions collected. */
  missions: number;
  communesVisited: number;
  missionConcerns: number;
  /** Concerns received and answered by the constituency office of the member's province. */
  officeConcerns: number;
  officeConcernsAnswered: number;
  /** Median calendar days from receipt to the first answer at that office; null without answers. */
  officeMedianDaysToAnswer: number | null;
}

/** The median of a list of numbers; null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Whole days between two ISO instants or dates. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);

/** A share as a whole percentage; null when nothing was counted. */
export const percent = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 100);

type Filter = { legislatureId: number; year?: number; membershipId?: number };

/** Indicators of every member of a legislature (or one), optionally for one calendar year. */
export async function memberIndicators(db: Executor, filter: Filter): Promise<MemberIndicators[]> {
  const members = await membersForIndicators(db, filter.legislatureId, filter.membershipId);
  if (members.length === 0) return [];
  const ids = members.map((m) => m.id);

  const [attendance, votes, questions, offices, missions] = await Promise.all([
    attendanceOfMembers(db, ids, filter.year),
    votesCastBy(db, ids, filter.year),
    questionsAskedBy(db, ids, filter.year),
    officeConcerns(db, [...new Set(members.map((m) => m.province_code))], filter.year),
    fieldMissions(db, ids, filter.year),
  ]);
  const byId = <T extends { membership_id: number }>(rows: T[]) =>
    new Map(rows.map((r) => [r.membership_id, r]));
  const attendanceOf = byId(attendance);
  const votesOf = byId(votes);
  const questionsOf = byId(questions);
  return members.map((m) => {
    const office = offices.get(m.province_code);
    return {
      membershipId: m.id,
      personId: m.person_id,
      nameEn: m.name_en,
      nameKm: m.name_km,
      provinceCode: m.province_code,
      partyCode: m.party_code,
      sittingsHeld: Number(attendanceOf.get(m.id)?.held ?? 0),
      sittingsAttended: Number(attendanceOf.get(m.id)?.attended ?? 0),
      votesCast: Number(votesOf.get(m.id)?.cast ?? 0),
      questionsAsked: Number(questionsOf.get(m.id)?.asked ?? 0),
      questionsAnsweredInTime: Number(questionsOf.get(m.id)?.in_time ?? 0),
      missions: missions.get(m.id)?.missions.size ?? 0,
      communesVisited: missions.get(m.id)?.communes.size ?? 0,
      missionConcerns: missions.get(m.id)?.concerns ?? 0,
      officeConcerns: office?.received ?? 0,
      officeConcernsAnswered: office?.answered ?? 0,
      officeMedianDaysToAnswer: office?.medianDays ?? null,
    };
  });
}

/** Reported field missions per member, with the communes visited and the concerns collected on them. */
async function fieldMissions(db: Executor, membershipIds: number[], year: number | undefined) {
  const [communes, concerns] = await Promise.all([
    missionCommunesOf(db, membershipIds, year),
    missionConcernCountsOf(db, membershipIds, year),
  ]);
  const result = new Map<number, { missions: Set<number>; communes: Set<string>; concerns: number }>();
  const entry = (id: number) => {
    const found = result.get(id) ?? { missions: new Set<number>(), communes: new Set<string>(), concerns: 0 };
    result.set(id, found);
    return found;
  };
  for (const row of communes) {
    const e = entry(row.membership_id);
    e.missions.add(row.mission_id);
    if (row.commune_code) e.communes.add(row.commune_code);
  }
  for (const row of concerns) entry(row.membership_id).concerns = Number(row.n);
  return result;
}

/** The median of a histogram of whole days (days → how many cases). */
export function medianOfHistogram(counts: { days: number; n: number }[]): number | null {
  const sorted = [...counts].sort((a, b) => a.days - b.days);
  const total = sorted.reduce((sum, c) => sum + c.n, 0);
  if (total === 0) return null;
  const at = (position: number) => {
    let seen = 0;
    for (const c of sorted) {
      seen += c.n;
      if (seen > position) return c.days;
    }
    return sorted[sorted.length - 1].days;
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/**
 * Concerns received and answered by each province's constituency office (CO-PP), from casework. The
 * median comes from a histogram of days counted in SQL, so no case is read one by one.
 */
async function officeConcerns(db: Executor, provinces: string[], year: number | undefined) {
  // One pass over the offices' cases: grouped by office and by days to the first answer (null while
  // unanswered), which gives the counts and the histogram the median is read from.
  const rows = await officeConcernsQuery(db, provinces, year).execute();
  const byOffice = new Map<
    string,
    { received: number; answered: number; days: { days: number; n: number }[] }
  >();
  for (const row of rows) {
    const office = byOffice.get(row.office_code) ?? { received: 0, answered: 0, days: [] };
    const n = Number(row.n);
    office.received += n;
    if (row.days !== null) {
      office.answered += n;
      office.days.push({ days: Number(row.days), n });
    }
    byOffice.set(row.office_code, office);
  }
  const result = new Map<string, { received: number; answered: number; medianDays: number | null }>();
  for (const [code, office] of byOffice) {
    result.set(code.slice(3), {
      received: office.received,
      answered: office.answered,
      medianDays: medianOfHistogram(office.days),
    });
  }
  return result;
}
