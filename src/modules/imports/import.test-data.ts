// Files the import tests feed in: a national list of offices made from the gazetteer, fictional and marked demo.
import { toCsv } from '../../platform/csv';

export interface PlaceForOffice {
  code: string;
  level: string;
  name_km: string;
  name_latin: string;
}

/** One office per place, its rollout moved on by the place's position so every status appears. */
export function officesCsv(places: readonly PlaceForOffice[]): string {
  const statuses = ['planned', 'working_group', 'outreach_done', 'operating'] as const;
  return toCsv([
    [
      'code',
      'level',
      'place_code',
      'name_km',
      'name_en',
      'rollout_status',
      'working_group_on',
      'outreach_on',
      'operating_since',
      'counters',
      'is_demo',
    ],
    ...places.map((p, i) => {
      const status = statuses[i % 4];
      return [
        `OWSO-${p.code}`,
        p.level,
        p.code,
        `ច្រកចេញចូលតែមួយ ${p.name_km} (សាកល្បង)`,
        `${p.name_latin} OWSO (demo)`,
        status,
        status === 'planned' ? '' : '2024-09-02',
        status === 'outreach_done' || status === 'operating' ? '2024-12-02' : '',
        status === 'operating' ? '2025-03-01' : '',
        p.level === 'district' ? '3' : '1',
        '1',
      ];
    }),
  ]);
}

const PARTIES = [
  ['DEMO-A', 'គណបក្សសាកល្បង ក', 'Demo Party A (fictional)'],
  ['DEMO-B', 'គណបក្សសាកល្បង ខ', 'Demo Party B (fictional)'],
  ['DEMO-C', 'គណបក្សសាកល្បង គ', 'Demo Party C (fictional)'],
];

/** A fictional roster of `members` seats of legislature 7 (25 provinces in turn), every fifth on a commission. */
export function rosterCsv(members: number): string {
  return toCsv([
    [
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
    ],
    ...Array.from({ length: members }, (_, i) => {
      const [party, partyKm, partyEn] = PARTIES[i % 3];
      const onCommission = i % 5 === 0;
      return [
        `demo/person/${i + 1}`,
        `សមាជិកសាកល្បង ${i + 1}`,
        `Demo Member ${i + 1}`,
        i % 2 ? 'female' : 'male',
        '7',
        String((i % 25) + 1).padStart(2, '0'),
        party,
        partyKm,
        partyEn,
        '2023-08-21',
        '',
        onCommission ? 'demo-commission' : '',
        onCommission ? 'គណៈកម្មការសាកល្បង' : '',
        onCommission ? 'Demo Commission (fictional)' : '',
        onCommission ? 'commission_member' : '',
      ];
    }),
  ]);
}
