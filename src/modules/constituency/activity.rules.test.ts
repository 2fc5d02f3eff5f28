// The activity report's sums: per office and per MP, communes only from reported missions.
import { expect, it } from 'vitest';
import { activityRows } from './activity.rules';

const a = { id: 1, name_en: 'Demo Member 1', name_km: 'សមាជិកសាកល្បង ១' };
const b = { id: 2, name_en: 'Demo Member 2', name_km: 'សមាជិកសាកល្បង ២' };

it('sums missions, communes, concerns, forwarded and answered per office and per MP', () => {
  const rows = activityRows({ en: 'CO-12', km: 'CO-12' }, [
    {
      id: 10,
      reported: true,
      members: [a, b],
      communes: ['120101', '120102'],
      cases: [
        { forwarded: true, answered: true },
        { forwarded: true, answered: false },
        { forwarded: false, answered: false },
      ],
    },
    {
      id: 11,
      reported: true,
      members: [b],
      communes: ['120102', '120103'],
      cases: [{ forwarded: false, answered: true }],
    },
    { id: 12, reported: false, members: [a], communes: ['120104'], cases: [] },
  ]);
  expect(
    rows.map((r) => [r.name_en, r.missions, r.communesVisited, r.concerns, r.forwarded, r.answered]),
  ).toEqual([
    ['CO-12', 3, 3, 4, 2, 2],
    ['Demo Member 1', 2, 2, 3, 2, 1],
    ['Demo Member 2', 2, 3, 4, 2, 2],
  ]);
});
