// Ministers' timeliness: per ministry and per minister, questions received, answered within 7 days, late,
// unanswered (and overdue), and the median days to an answer; ranked, for a month or a whole legislature.
import type { Executor } from '../../db/database';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import type { Ctx } from '../../platform/http/types';
import { parseTypedMonth } from '../../platform/i18n/date-input';
import { formatMonth, formatNumber } from '../../platform/i18n/i18n';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { DateHint, DateInput } from '../../web/form';
import { renderPage } from '../../web/page';
import { allMinistries, currentLegislature, questionsToMinistries } from '../assembly';
import { ministryCaseCounts } from '../casework';
import { daysBetween, median } from './indicators.service';
import { scorecardMessages } from './scorecard.messages';

export interface Timeliness {
  key: string;
  ministryCode: string;
  nameEn: string;
  nameKm: string;
  minister: string | null;
  received: number;
  inTime: number;
  late: number;
  unanswered: number;
  overdue: number;
  medianDays: number | null;
  /** Concerns a constituency office forwarded to the ministry, and how many were answered by the due date. */
  concerns: number;
  concernsInTime: number;
}

/**
 * Counts per ministry of the questions received in the legislature, or in one month of it: one row per ministry
 * code, whoever its minister was (the ministers addressed are named together), with the concerns forwarded to
 * it and how many its office answered by the due date.
 */
export async function ministersTimeliness(
  db: Executor,
  legislatureId: number,
  today: string,
  month?: string,
): Promise<Timeliness[]> {
  const rows = await questionsToMinistries(db, legislatureId, month);
  const concerns = (await ministryCaseCounts(db)).filter(
    (c) => !month || (c.forwarded_at ?? '').startsWith(month),
  );
  const names = new Map((await allMinistries(db)).map((mi) => [mi.code, mi]));
  const codes = [
    ...new Set([...rows.map((r) => r.ministry_code), ...concerns.map((c) => c.ministry_code as string)]),
  ];
  return codes.flatMap((code) => {
    const ministry = names.get(code);
    if (!ministry) return [];
    const items = rows.filter((r) => r.ministry_code === code);
    const theirs = concerns.filter((c) => c.ministry_code === code);
    const answered = items.filter((q) => q.answered_on !== null);
    const unanswered = items.filter((q) => q.answered_on === null);
    const ministers = [...new Set(items.map((q) => q.minister_name).filter((n): n is string => !!n))];
    return [
      {
        key: code,
        ministryCode: code,
        nameEn: ministry.name_en,
        nameKm: ministry.name_km,
        minister: ministers.length ? ministers.join(', ') : null,
        received: items.length,
        inTime: answered.filter((q) => (q.answered_on as string) <= q.due_on).length,
        late: answered.filter((q) => (q.answered_on as string) > q.due_on).length,
        unanswered: unanswered.length,
        overdue: unanswered.filter((q) => today > q.due_on).length,
        medianDays: median(answered.map((q) => daysBetween(q.received_on, q.answered_on as string))),
        concerns: theirs.length,
        concernsInTime: theirs.filter((c) => c.first_answer_on_time === 1).length,
      },
    ];
  });
}

/** Best first: the largest share answered in time, then the fewest overdue. */
export function rankTimeliness(rows: Timeliness[]): Timeliness[] {
  const share = (r: Timeliness) => (r.received ? r.inTime / r.received : 0);
  return [...rows].sort(
    (a, b) => share(b) - share(a) || a.overdue - b.overdue || a.nameEn.localeCompare(b.nameEn),
  );
}

export async function ministersPage(c: Ctx) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = scorecardMessages[lang];
  const n = (v: number) => formatNumber(v, lang, digits);
  const db = c.get('deps').db.kysely;
  const legislature = await currentLegislature(db);
  if (!legislature) return renderPage(c, m.ministersTitle, <p>{m.noLegislature}</p>);
  const raw = c.req.query('month');
  // 2026-11 or 11/2026 as typed, Khmer digits too; the field shows it again as typed.
  const month = parseTypedMonth(raw ?? '') ?? undefined;
  const rows = rankTimeliness(
    await ministersTimeliness(db, legislature.id, phnomPenhDate(new Date()), month),
  );
  return renderPage(
    c,
    m.ministersTitle,
    <>
      <p>{m.ministersIntro}</p>
      <form method="get" action="/watch/ministers" class="filters">
        <label for="month">{m.month}</label> <DateHint id="month" kind="month" lang={lang} digits={digits} />{' '}
        <DateInput id="month" name="month" kind="month" value={raw ?? ''} />{' '}
        <button type="submit">{m.show}</button>
      </form>
      <p>
        {month
          ? `${m.byMonth}: ${formatMonth(month, lang, digits)}`
          : `${m.legislature(n(legislature.number))} — ${m.allYears}`}
      </p>
      {rows.length === 0 ? (
        <p>{m.noQuestions}</p>
      ) : (
        <DataTable label={m.ministersTitle}>
          <ColumnHeads
            columns={[
              '#',
              m.ministry,
              m.minister,
              m.received,
              m.inTime,
              m.late,
              m.unanswered,
              m.medianDays,
              m.concernsForwarded,
            ]}
          />
          <tbody>
            {rows.map((r, i) => (
              <tr>
                <td>{n(i + 1)}</td>
                <td>
                  <a href={`/assembly/questions?ministry=${encodeURIComponent(r.ministryCode)}`}>
                    {lang === 'km' ? r.nameKm : r.nameEn}
                  </a>
                </td>
                <td>{r.minister ?? m.none}</td>
                <td>{n(r.received)}</td>
                <td>{n(r.inTime)}</td>
                <td>{n(r.late)}</td>
                <td>
                  {n(r.unanswered)}
                  {r.overdue ? ` (${n(r.overdue)} ${m.overdue})` : ''}
                </td>
                <td>{r.medianDays === null ? m.none : n(r.medianDays)}</td>
                <td>
                  {n(r.concerns)}
                  {r.concerns ? ` (${n(r.concernsInTime)} ${m.concernsInTime})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>,
  );
}
