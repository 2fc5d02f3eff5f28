// The Citizens' Office's monthly figures: counts of the month's complaints by kind, by service, by answer time
// and by referral, each column protected as the secretariat's national view protects its counts.
import { protectColumn, type ShownCount } from '../casework';
import { COMPLAINT_KINDS } from './complaint.table';

export interface CountedComplaint {
  kind: string;
  service: string;
  first_answer_on_time: number | null;
  first_answered_at: string | null;
  destination_kind: string | null;
}

export interface ProtectedFigures {
  key: string;
  rows: { key: string; count: ShownCount }[];
  total: ShownCount;
}

function column(
  key: string,
  keys: readonly string[],
  groupOf: (r: CountedComplaint) => string,
  rows: readonly CountedComplaint[],
): ProtectedFigures {
  const all = [...keys, ...[...new Set(rows.map(groupOf))].filter((k) => !keys.includes(k)).sort()];
  const counts = all.map((k) => rows.filter((r) => groupOf(r) === k).length);
  const protectedColumn = protectColumn(counts);
  return {
    key,
    rows: all.map((k, i) => ({ key: k, count: protectedColumn.cells[i] })),
    total: protectedColumn.total,
  };
}

export const ANSWER_KEYS = ['onTime', 'late', 'notAnswered'] as const;
export const REFERRAL_KEYS = ['referred', 'notReferred'] as const;

/** The four protected columns; `services` lists the catalogue's services in order (others come after). */
export function monthlyFigures(
  rows: readonly CountedComplaint[],
  services: readonly string[],
): ProtectedFigures[] {
  return [
    column('kind', COMPLAINT_KINDS, (r) => r.kind, rows),
    column(
      'service',
      [...new Set(rows.map((r) => r.service))].sort((a, b) => services.indexOf(a) - services.indexOf(b)),
      (r) => r.service,
      rows,
    ),
    column(
      'answer',
      ANSWER_KEYS,
      (r) =>
        r.first_answered_at === null ? 'notAnswered' : r.first_answer_on_time === 0 ? 'late' : 'onTime',
      rows,
    ),
    column('referral', REFERRAL_KEYS, (r) => (r.destination_kind ? 'referred' : 'notReferred'), rows),
  ];
}
