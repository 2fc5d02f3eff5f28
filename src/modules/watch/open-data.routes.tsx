// Open data: every public table of the Assembly's records as CSV, and the page that lists them with the
// Popolo export and the Atom feeds. Nothing here comes from citizens' concerns.
import type { Executor } from '../../db/database';
import { toCsv } from '../../platform/csv';
import type { Ctx } from '../../platform/http/types';
import type { Lang } from '../../platform/i18n/i18n';
import { renderErrorPage, renderPage } from '../../web/page';
import {
  allBills,
  allQuestionAddressees,
  allQuestions,
  allVoteEvents,
  allVotesByMember,
  membershipsForOpenData,
  personNamesEn,
  sittingsWithAttendanceCounts,
} from '../assembly';
import { memberNotesForOpenData, signaturesForOpenData, statementsForOpenData } from './open-data.queries';
import { listPlatforms } from './promises.queries';
import { TRACKER_TABLES } from './promises-csv.commands';

type Table = { header: string[]; rows: (db: Executor) => Promise<(string | number | null)[][]> };

/** The public tables, by the name of their file. */
const TABLES: Record<string, Table> = {
  members: {
    header: [
      'membership_id',
      'person_id',
      'name_en',
      'name_km',
      'legislature',
      'province',
      'party',
      'start_date',
      'end_date',
      'end_reason',
      'government_post',
    ],
    rows: async (db) =>
      (await membershipsForOpenData(db)).map((r) => [
        r.id,
        r.person_id,
        r.name_en,
        r.name_km,
        r.number,
        r.province_code,
        r.code,
        r.start_date,
        r.end_date,
        r.end_reason,
        r.government_post,
      ]),
  },
  sittings: {
    header: [
      'sitting_id',
      'date',
      'title_en',
      'title_km',
      'session_kind',
      'question_day',
      'closed_at_request_of',
      'seated',
      'present',
    ],
    rows: async (db) =>
      (await sittingsWithAttendanceCounts(db)).map((r) => [
        r.id,
        r.sitting_on,
        r.title_en,
        r.title_km,
        r.kind,
        r.is_question_day,
        r.closed_at_request_of,
        Number(r.seated),
        Number(r.present ?? 0),
      ]),
  },
  votes: {
    header: [
      'vote_event_id',
      'sitting_id',
      'matter',
      'title_en',
      'title_km',
      'members',
      'present',
      'yes',
      'no',
      'abstain',
      'required',
      'outcome',
      'reason',
      'article',
    ],
    rows: async (db) =>
      (await allVoteEvents(db)).map((v) => [
        v.id,
        v.sitting_id,
        v.matter,
        v.title_en,
        v.title_km,
        v.members_total,
        v.present_count,
        v.yes_count,
        v.no_count,
        v.abstain_count,
        v.required,
        v.outcome,
        v.reason,
        v.article,
      ]),
  },
  'votes-by-member': {
    header: ['vote_event_id', 'membership_id', 'person_id', 'option'],
    rows: async (db) =>
      (await allVotesByMember(db)).map((r) => [r.vote_event_id, r.membership_id, r.person_id, r.option]),
  },
  questions: {
    header: [
      'question_id',
      'membership_id',
      'received_on',
      'due_on',
      'subject',
      'ministries',
      'answered_on',
      'answer_kind',
      'debate_opened',
    ],
    rows: async (db) => {
      const [questions, addressees] = await Promise.all([allQuestions(db), allQuestionAddressees(db)]);
      const to = new Map<number, string[]>();
      for (const a of addressees) to.set(a.question_id, [...(to.get(a.question_id) ?? []), a.ministry_code]);
      return questions.map((q) => [
        q.id,
        q.membership_id,
        q.received_on,
        q.due_on,
        q.subject,
        (to.get(q.id) ?? []).join(' '),
        q.answered_on,
        q.answer_kind,
        q.debate_opened,
      ]);
    },
  },
  laws: {
    header: [
      'bill_id',
      'title_en',
      'title_km',
      'initiated_by',
      'introduced_on',
      'adopted_on',
      'signed_on',
      'urgent',
      'in_force_phnom_penh',
      'in_force_nationwide',
      'published_on',
      'journal_reference',
      'annulled_on',
    ],
    rows: async (db) =>
      (await allBills(db)).map((b) => [
        b.id,
        b.title_en,
        b.title_km,
        b.initiated_by,
        b.introduced_on,
        b.adopted_on,
        b.signed_on,
        b.urgent,
        b.effective_phnom_penh,
        b.effective_nationwide,
        b.published_on,
        b.journal_reference,
        b.annulled_on,
      ]),
  },
  statements: {
    header: ['statement_id', 'publisher', 'publisher_kind', 'title', 'published_on', 'body'],
    rows: async (db) =>
      (await statementsForOpenData(db)).map((r) => [r.id, r.name, r.kind, r.title, r.published_on, r.body]),
  },
  signatures: {
    header: ['statement_id', 'organisation', 'organisation_kind', 'website', 'signed_on'],
    rows: async (db) =>
      (await signaturesForOpenData(db)).map((r) => [r.statement_id, r.name, r.kind, r.website, r.signed_on]),
  },
  // Watchdogs' notes are public by design: remarks of organisations on MPs' public acts, never of citizens.
  member_notes: {
    header: ['note_id', 'person_id', 'name_en', 'score', 'remark', 'source_url', 'created_at', 'watchdog'],
    rows: async (db) => {
      const names = await personNamesEn(db);
      return (await memberNotesForOpenData(db))
        .filter((r) => names.has(r.person_id))
        .map((r) => [
          r.id,
          r.person_id,
          names.get(r.person_id) ?? '',
          r.score,
          r.remark,
          r.source_url,
          r.created_at,
          r.username,
        ]);
    },
  },
};

export async function tableCsv(c: Ctx) {
  const name = (c.req.param('table') ?? '').replace(/\.csv$/, '');
  const table = Object.hasOwn(TABLES, name) ? TABLES[name] : undefined;
  if (!table) return renderErrorPage(c, 'notFound');
  const rows = await table.rows(c.get('deps').db.kysely);
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="sala-${name}.csv"`);
  return c.body(
    toCsv([table.header, ...rows.map((r) => r.map((cell) => (cell === null ? '' : String(cell))))]),
  );
}

const TEXT: Record<Lang, { title: string; intro: string; tables: string; other: string }> = {
  en: {
    title: 'Open data',
    intro:
      "The Assembly's records and civil society's scorecards, statements and notes, free to reuse. Nothing here comes from citizens' concerns.",
    tables: 'Tables (CSV, UTF-8)',
    other: 'Standards and feeds',
  },
  km: {
    title: 'ទិន្នន័យបើកចំហ',
    intro:
      'កំណត់ត្រារបស់រដ្ឋសភា និងតារាងពិន្ទុ សេចក្តីថ្លែងការណ៍ និងកំណត់សម្គាល់របស់សង្គមស៊ីវិល អាចប្រើឡើងវិញដោយសេរី។ គ្មានអ្វីនៅទីនេះមកពីបណ្ដឹងរបស់ប្រជាពលរដ្ឋទេ។',
    tables: 'តារាង (CSV, UTF-8)',
    other: 'ស្តង់ដារ និងព័ត៌មានថ្មីៗ',
  },
};

export async function openDataPage(c: Ctx) {
  const t = TEXT[c.get('lang')];
  const platforms = await listPlatforms(c.get('deps').db.kysely);
  return renderPage(
    c,
    t.title,
    <>
      <p>{t.intro}</p>
      <h2>{t.tables}</h2>
      <ul>
        {Object.keys(TABLES).map((name) => (
          <li>
            <a href={`/watch/data/${name}.csv`}>{name}.csv</a>
          </li>
        ))}
        <li>
          <a href="/watch/members.csv">mps-compared.csv</a>
        </li>
        {platforms.flatMap((p) =>
          TRACKER_TABLES.map((table) => (
            <li>
              <a href={`/watch/promises.csv?platform=${encodeURIComponent(p.code)}&table=${table}`}>
                {p.code}-{table}.csv
              </a>
            </li>
          )),
        )}
      </ul>
      <h2>{t.other}</h2>
      <ul>
        <li>
          <a href="/api/popolo.json">Popolo (JSON)</a>
        </li>
        <li>
          <a href="/assembly/calendar.ics">iCalendar</a>
        </li>
        {['questions', 'answers', 'laws', 'statements', 'assessments'].map((feed) => (
          <li>
            <a href={`/watch/${feed}.atom`}>{feed}.atom</a>
          </li>
        ))}
      </ul>
    </>,
  );
}
