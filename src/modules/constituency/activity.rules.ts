// The monthly activity report as a pure sum over a month's missions: per office and per MP.

export interface MissionFacts {
  id: number;
  reported: boolean;
  members: { id: number; name_en: string; name_km: string }[];
  communes: string[];
  cases: { forwarded: boolean; answered: boolean }[];
}

export interface ActivityRow {
  /** null for the office's total. */
  membershipId: number | null;
  name_en: string;
  name_km: string;
  missions: number;
  communesVisited: number;
  concerns: number;
  forwarded: number;
  answered: number;
}

function sum(missions: MissionFacts[]): Omit<ActivityRow, 'membershipId' | 'name_en' | 'name_km'> {
  const communes = new Set<string>();
  let concerns = 0;
  let forwarded = 0;
  let answered = 0;
  for (const m of missions) {
    // Communes count as visited once the mission's report says it took place.
    if (m.reported) for (const c of m.communes) communes.add(c);
    concerns += m.cases.length;
    forwarded += m.cases.filter((c) => c.forwarded).length;
    answered += m.cases.filter((c) => c.answered).length;
  }
  return { missions: missions.length, communesVisited: communes.size, concerns, forwarded, answered };
}

/** The office's total first, then one row per MP who was on at least one of the missions. */
export function activityRows(
  officeName: { en: string; km: string },
  missions: MissionFacts[],
): ActivityRow[] {
  const members = new Map<number, { name_en: string; name_km: string }>();
  for (const m of missions) for (const p of m.members) members.set(p.id, p);
  const rows: ActivityRow[] = [
    { membershipId: null, name_en: officeName.en, name_km: officeName.km, ...sum(missions) },
  ];
  for (const [id, p] of [...members].sort((a, b) => a[1].name_en.localeCompare(b[1].name_en))) {
    rows.push({ membershipId: id, ...p, ...sum(missions.filter((m) => m.members.some((x) => x.id === id))) });
  }
  return rows;
}
