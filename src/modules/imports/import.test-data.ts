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
