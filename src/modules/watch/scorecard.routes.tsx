// MP scorecards: one member's record of work and the comparison of all members (sortable, CSV), each
// figure linked to the records it counts, with the method of every indicator written on the page.

import type { Executor } from '../../db/database';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { toCsv } from '../../platform/csv';
import { pathId } from '../../platform/http/path-params';
import type { Ctx } from '../../platform/http/types';
import { commissionName } from '../../platform/i18n/commission-name';
import { formatNumber, type Lang, textFor } from '../../platform/i18n/i18n';
import { typedYear } from '../../platform/khmer/input';
import { pageOf, requestedPage } from '../../platform/paging';
import { DataTable } from '../../web/data-table';
import { renderErrorPage, renderPage } from '../../web/page';
import { Pager } from '../../web/pager';
import {
  allParties,
  allPosts,
  currentLegislature,
  findPerson,
  latestMembershipIn,
  listCommissionNames,
} from '../assembly';
import { provinces } from '../places';
import type { FormState } from './form-parts.pages';
import { type MemberIndicators, memberIndicators, percent } from './indicators.service';
import { MemberNotes } from './member-notes.pages';
import { notesOfPerson } from './member-notes.queries';
import { memberProfile } from './member-profile.queries';
import { type FilterChoices, MemberFilterForm, matchesFilter, readFilter } from './members-filter.pages';
import { type ScorecardMessages, scorecardMessages } from './scorecard.messages';
import { mayEdit } from './watch.policy';

/** The columns the comparison sorts by, and how. */
const SORTS: Record<string, (a: MemberIndicators, b: MemberIndicators) => number> = {
  name: (a, b) => a.nameEn.localeCompare(b.nameEn),
  attendance: (a, b) =>
    (percent(b.sittingsAttended, b.sittingsHeld) ?? -1) - (percent(a.sittingsAttended, a.sittingsHeld) ?? -1),
  votes: (a, b) => b.votesCast - a.votesCast,
  questions: (a, b) => b.questionsAsked - a.questionsAsked,
  missions: (a, b) => b.missions - a.missions,
  concerns: (a, b) => b.officeConcerns - a.officeConcerns,
};

/** ?year=YYYY within a sensible range, or the whole legislature. */
function yearOf(c: Ctx): number | undefined {
  const raw = c.req.query('year');
  return typedYear(raw) ?? undefined;
}

function YearFilter({
  action,
  year,
  m,
  sort,
}: {
  action: string;
  year?: number;
  m: ScorecardMessages;
  sort?: string;
}) {
  return (
    <form method="get" action={action} class="filters">
      <label for="year">{m.year}</label>{' '}
      <input
        id="year"
        name="year"
        inputmode="numeric"
        pattern="[0-9០-៩]{4}"
        maxlength={4}
        value={year ? String(year) : ''}
        placeholder={m.allYears}
      />{' '}
      {sort ? <input type="hidden" name="sort" value={sort} /> : null}
      <button type="submit">{m.show}</button>
    </form>
  );
}

function Method({ m }: { m: ScorecardMessages }) {
  return (
    <section>
      <h2>{m.method}</h2>
      <ul>
        {m.methods.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </section>
  );
}

/** The lists the comparison filters by, and who sits on which commission today. */
async function filterChoices(db: Executor): Promise<FilterChoices> {
  const today = phnomPenhDate(new Date());
  const [provinceRows, parties, commissions, posts] = await Promise.all([
    provinces(db),
    allParties(db),
    listCommissionNames(db),
    allPosts(db),
  ]);
  const commissionsOf = new Map<number, Set<string>>();
  for (const post of posts) {
    if (!post.commission_code || post.start_date > today || (post.end_date && post.end_date < today))
      continue;
    const held = commissionsOf.get(post.person_id) ?? new Set<string>();
    held.add(post.commission_code);
    commissionsOf.set(post.person_id, held);
  }
  return { provinces: provinceRows, parties, commissions, commissionsOf };
}

const MEMBERS_PAGE_ROWS = 25;

export async function comparisonPage(c: Ctx) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = scorecardMessages[lang];
  const n = (v: number) => formatNumber(v, lang, digits);
  const db = c.get('deps').db.kysely;
  const legislature = await currentLegislature(db);
  if (!legislature) return renderPage(c, m.compareTitle, <p>{m.noLegislature}</p>);
  const year = yearOf(c);
  const sort = Object.hasOwn(SORTS, c.req.query('sort') ?? '') ? (c.req.query('sort') as string) : 'name';
  const [all, choices] = await Promise.all([
    memberIndicators(db, { legislatureId: legislature.id, year }),
    filterChoices(db),
  ]);
  const filter = readFilter((name) => c.req.query(name), choices);
  const matching = all.filter((r) => matchesFilter(r, filter, choices)).sort(SORTS[sort]);
  // A page at a time: 125 rows would make the page's DOM and its bytes too big for a weak phone.
  const shown = pageOf(matching, requestedPage(c.req.query('page')), MEMBERS_PAGE_ROWS);
  const rows = shown.items;
  const provinceName = new Map(
    choices.provinces.map((p) => [p.code, lang === 'km' ? p.name_km : p.name_latin]),
  );
  const query = (s: string, page = 1) => {
    const params = new URLSearchParams({ sort: s });
    if (year) params.set('year', String(year));
    for (const [name, value] of Object.entries(filter)) if (value) params.set(name, value);
    if (page > 1) params.set('page', String(page));
    return `/watch/members?${params}`;
  };
  const heading = (key: string, label: string) => (
    <th scope="col" aria-sort={sort === key ? (key === 'name' ? 'ascending' : 'descending') : undefined}>
      <a href={query(key)}>{label}</a>
    </th>
  );
  const share = (part: number, whole: number) => {
    const p = percent(part, whole);
    return p === null ? m.none : `${n(p)}% (${m.of(n(part), n(whole))})`;
  };
  return renderPage(
    c,
    m.compareTitle,
    <>
      <p>
        {m.legislature(n(legislature.number))}. {m.compareIntro}
      </p>
      <MemberFilterForm lang={lang} m={m} filter={filter} choices={choices} year={year} sort={sort} />
      <p role="status">{m.shownOf(n(matching.length), n(all.length))}</p>
      <p>
        <a href={`/watch/members.csv${year ? `?year=${year}` : ''}`}>{m.csv}</a>
      </p>
      <DataTable label={m.compareTitle}>
        <thead>
          <tr>
            {heading('name', m.member)}
            <th scope="col">{m.province}</th>
            {heading('attendance', m.attendance)}
            {heading('votes', m.votes)}
            {heading('questions', m.questions)}
            <th scope="col">{m.answeredInTime}</th>
            {heading('missions', m.missions)}
            {heading('concerns', m.officeConcerns)}
            <th scope="col">{m.medianDays}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <a href={`/watch/members/${r.personId}`}>{lang === 'km' ? r.nameKm : r.nameEn}</a>
              </td>
              <td>{provinceName.get(r.provinceCode) ?? r.provinceCode}</td>
              <td>{share(r.sittingsAttended, r.sittingsHeld)}</td>
              <td>{n(r.votesCast)}</td>
              <td>{n(r.questionsAsked)}</td>
              <td>{r.questionsAsked ? m.of(n(r.questionsAnsweredInTime), n(r.questionsAsked)) : m.none}</td>
              <td>
                {n(r.missions)} ({n(r.communesVisited)} {m.communesVisited})
              </td>
              <td>
                {n(r.officeConcerns)} ({m.officeAnswered} {n(r.officeConcernsAnswered)})
              </td>
              <td>{r.officeMedianDaysToAnswer === null ? m.none : n(r.officeMedianDaysToAnswer)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <Pager
        lang={lang}
        digits={digits}
        page={shown.page}
        pages={shown.pages}
        href={(page) => query(sort, page)}
      />
      <Method m={m} />
    </>,
  );
}

const CSV_HEADER = [
  'person_id',
  'name_en',
  'name_km',
  'province',
  'party',
  'sittings_held',
  'sittings_attended',
  'votes_cast',
  'questions_asked',
  'questions_answered_within_7_days',
  'field_missions',
  'communes_visited',
  'mission_concerns',
  'office_concerns',
  'office_concerns_answered',
  'office_median_days_to_answer',
];

export async function comparisonCsv(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const legislature = await currentLegislature(db);
  const rows = legislature
    ? await memberIndicators(db, { legislatureId: legislature.id, year: yearOf(c) })
    : [];
  const body = toCsv([
    CSV_HEADER,
    ...rows.map((r) =>
      [
        r.personId,
        r.nameEn,
        r.nameKm,
        r.provinceCode,
        r.partyCode ?? '',
        r.sittingsHeld,
        r.sittingsAttended,
        r.votesCast,
        r.questionsAsked,
        r.questionsAnsweredInTime,
        r.missions,
        r.communesVisited,
        r.missionConcerns,
        r.officeConcerns,
        r.officeConcernsAnswered,
        r.officeMedianDaysToAnswer ?? '',
      ].map(String),
    ),
  ]);
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', 'attachment; filename="sala-mps.csv"');
  return c.body(body);
}

/** One member's record of work, with who they are and the watchdogs' notes (a refused note comes back filled). */
export async function scorecardPage(c: Ctx, noteState?: FormState, status: 200 | 422 = 200) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = scorecardMessages[lang];
  const n = (v: number) => formatNumber(v, lang, digits);
  const db = c.get('deps').db.kysely;
  const personId = pathId(c, 'personId');
  const person = personId ? await findPerson(db, personId) : undefined;
  if (!person) return renderErrorPage(c, 'notFound');
  const legislature = await currentLegislature(db);
  const membership = legislature ? await latestMembershipIn(db, person.id, legislature.id) : undefined;
  const year = yearOf(c);
  const [row] =
    legislature && membership
      ? await memberIndicators(db, { legislatureId: legislature.id, membershipId: membership.id, year })
      : [];
  const name = lang === 'km' ? person.name_km : person.name_en;
  const profile = membership ? await memberProfile(db, membership.id, phnomPenhDate(new Date())) : null;
  const notes = await notesOfPerson(db, person.id);
  return renderPage(
    c,
    m.scorecardTitle(name),
    <>
      <p>
        <a href={`/assembly/members/${person.id}`}>{m.seeMember}</a> ·{' '}
        <a href={`/assembly/questions?member=${person.id}`}>{m.seeQuestions}</a> ·{' '}
        <a href="/watch/members">{m.compareTitle}</a>
      </p>
      {legislature ? <p>{m.legislature(n(legislature.number))}</p> : null}
      {profile ? <Profile profile={profile} lang={lang} m={m} /> : null}
      <YearFilter action={`/watch/members/${person.id}`} year={year} m={m} />
      {row ? (
        <dl>
          <dt>{m.attendance}</dt>
          <dd>{m.of(n(row.sittingsAttended), n(row.sittingsHeld))}</dd>
          <dt>{m.votes}</dt>
          <dd>{n(row.votesCast)}</dd>
          <dt>{m.questions}</dt>
          <dd>
            <a href={`/assembly/questions?member=${person.id}`}>{n(row.questionsAsked)}</a> —{' '}
            {m.answeredInTime}: {n(row.questionsAnsweredInTime)}
          </dd>
          <dt>{m.missions}</dt>
          <dd>
            <a href={`/offices/CO-${row.provinceCode}`}>{n(row.missions)}</a> — {n(row.communesVisited)}{' '}
            {m.communesVisited}, {n(row.missionConcerns)} {m.missionConcerns}
          </dd>
          <dt>{m.officeConcerns}</dt>
          <dd>
            <a href={`/offices/CO-${row.provinceCode}`}>{n(row.officeConcerns)}</a> — {m.officeAnswered}:{' '}
            {n(row.officeConcernsAnswered)}; {m.medianDays}:{' '}
            {row.officeMedianDaysToAnswer === null ? m.none : n(row.officeMedianDaysToAnswer)}
          </dd>
        </dl>
      ) : (
        <p>{m.noLegislature}</p>
      )}
      <Method m={m} />
      <MemberNotes
        lang={lang}
        digits={digits}
        csrfToken={c.get('csrfToken')}
        personId={person.id}
        notes={notes}
        mayAdd={mayEdit(c.get('user'))}
        state={noteState}
        heading={m.notes}
      />
    </>,
    status,
  );
}

/** Constituency, party, commissions and posts held today, and the office citizens can reach. */
function Profile(p: {
  profile: NonNullable<Awaited<ReturnType<typeof memberProfile>>>;
  lang: Lang;
  m: ScorecardMessages;
}) {
  const { profile: x, lang, m } = p;
  const km = lang === 'km';
  return (
    <dl>
      <dt>{m.province}</dt>
      <dd>{km ? x.province_km : x.province_en}</dd>
      <dt>{m.party}</dt>
      <dd>{(km ? x.party_km : x.party_en) ?? m.none}</dd>
      <dt>{m.commissionsAndPosts}</dt>
      <dd>
        {x.posts.length === 0
          ? m.none
          : x.posts
              .map((po) => {
                const commission = po.commission_code
                  ? commissionName(lang, {
                      code: po.commission_code,
                      name_km: po.commission_km,
                      name_en: po.commission_en,
                    })
                  : null;
                return `${textFor(m.postRoles, po.role) ?? po.role}${commission ? `: ${commission}` : ''}`;
              })
              .join('; ')}
      </dd>
      <dt>{m.office}</dt>
      <dd>
        {x.office_code ? <a href={`/offices/${x.office_code}`}>{km ? x.office_km : x.office_en}</a> : m.none}
      </dd>
    </dl>
  );
}
