// Public pages of the Assembly's records: the overview, members, sessions and each sitting with its
// attendance and votes, every decision with the article it rests on.
import { hasAnyRole } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { pathId } from '../../platform/http/path-params';
import type { Ctx } from '../../platform/http/types';
import { type Digits, formatDate, formatNumber, type Lang } from '../../platform/i18n/i18n';
import type { Refusal } from '../../platform/result';
import { renderErrorPage, renderPage } from '../../web/page';
import {
  currentLegislature,
  findPerson,
  membershipsOfPerson,
  membersOf,
  postsOf,
  seatsTaken,
} from './members.queries';
import { ARTICLES, type ArticleRef, citation } from './procedure/articles';
import { expectedEnd, firstSessionLatest } from './procedure/dates.rules';
import { reasonText } from './procedure/explain';
import { permanentStandingCommittee } from './procedure/members.rules';
import { rulesMessages } from './procedure/rules.messages';
import { calendarWarnings } from './procedure/sessions.rules';
import { type Matter, quorumRequired } from './procedure/thresholds.rules';
import type { VoteDecision } from './procedure/votes.rules';
import { type RecordsMessages, recordsMessages } from './records.messages';
import { AttendanceForm, VoteForm } from './records-forms.pages';
import {
  attendanceOf,
  findSitting,
  sessionsOf,
  sittingsOfLegislature,
  voteEventsOf,
  votesOf,
} from './sittings.queries';

export const SECRETARIAT = ['secretariat'] as const;

function texts(c: Ctx) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  return {
    lang,
    digits,
    m: recordsMessages[lang],
    n: (value: number) => formatNumber(value, lang, digits),
    date: (d: string) => formatDate(d, lang, digits),
    name: (row: { name_km: string; name_en: string }) => (lang === 'km' ? row.name_km : row.name_en),
  };
}

function Article({ refs, lang, digits }: { refs: ArticleRef; lang: Lang; digits: Digits }) {
  return (
    <p class="muted">
      <strong>{citation(refs, lang, digits)}</strong> — {ARTICLES[refs][lang]}
    </p>
  );
}

export async function overviewPage(c: Ctx) {
  const { lang, digits, m, n, date } = texts(c);
  const db = c.get('deps').db.kysely;
  const legislature = await currentLegislature(db);
  const links = (
    <ul>
      <li>
        <a href="/assembly/members">{m.membersTitle}</a>
      </li>
      <li>
        <a href="/assembly/sessions">{m.sessionsTitle}</a>
      </li>
      <li>
        <a href="/assembly/questions">{lang === 'km' ? 'សំណួរទៅរាជរដ្ឋាភិបាល' : 'Questions to the government'}</a>
      </li>
      <li>
        <a href="/assembly/laws">{lang === 'km' ? 'ច្បាប់' : 'Laws'}</a>
      </li>
      <li>
        <a href="/assembly/rules">{lang === 'km' ? 'វិធានរដ្ឋសភា' : 'The rules explained'}</a>
      </li>
      <li>
        <a href="/assembly/calendar.ics">{m.calendarFeed}</a>
      </li>
      {hasAnyRole(c.get('user'), SECRETARIAT) ? (
        <li>
          <a href="/secretariat/assembly">{m.secretariatLink}</a>
        </li>
      ) : null}
    </ul>
  );
  if (!legislature)
    return renderPage(
      c,
      m.overviewTitle,
      <>
        {<p>{m.noLegislature}</p>}
        {links}
      </>,
    );
  const seated = await seatsTaken(db, legislature.id, phnomPenhDate(new Date()));
  return renderPage(
    c,
    m.overviewTitle,
    <>
      <h2>
        {m.legislature(n(legislature.number))}
        {legislature.is_demo ? <span class="muted"> ({m.demo})</span> : null}
      </h2>
      <dl>
        <dt>{m.seats}</dt>
        <dd>{n(legislature.seats)}</dd>
        <dt>{m.seated}</dt>
        <dd>{n(seated)}</dd>
        <dt>{m.elected}</dt>
        <dd>{date(legislature.elected_on)}</dd>
        {legislature.convened_on ? (
          <>
            <dt>{m.convened}</dt>
            <dd>{date(legislature.convened_on)}</dd>
          </>
        ) : null}
        <dt>{m.mandateEnds}</dt>
        <dd>
          {legislature.ends_on
            ? date(legislature.ends_on)
            : `${date(expectedEnd(legislature))} (${m.mandateEndsExpected})`}
        </dd>
      </dl>
      <FirstSessionCheck legislature={legislature} lang={lang} digits={digits} m={m} />
      <p>{m.quorumNeeded(n(quorumRequired(legislature.seats)), n(legislature.seats))}</p>
      <Article refs="78.1" lang={lang} digits={digits} />
      <Article refs="88.3" lang={lang} digits={digits} />
      {links}
    </>,
  );
}

/** The first session comes no later than 60 days after the election (Art. 82.1); a later one is flagged. */
function FirstSessionCheck(props: {
  legislature: { elected_on: string; convened_on: string | null };
  lang: Lang;
  digits: Digits;
  m: RecordsMessages;
}) {
  const latest = firstSessionLatest(props.legislature.elected_on);
  if (!latest.ok || !props.legislature.convened_on || props.legislature.convened_on <= latest.value.on)
    return null;
  return (
    <p class="alert" role="status">
      {props.m.lateFirstSession(formatDate(latest.value.on, props.lang, props.digits))} (
      {citation(latest.value.article, props.lang, props.digits)})
    </p>
  );
}

export async function membersPage(c: Ctx) {
  const { lang, digits, m, n, name } = texts(c);
  const db = c.get('deps').db.kysely;
  const legislature = await currentLegislature(db);
  if (!legislature) return renderPage(c, m.membersTitle, <p>{m.noLegislature}</p>);
  const today = phnomPenhDate(new Date());
  const [members, posts] = await Promise.all([
    membersOf(db, legislature.id),
    postsOf(db, legislature.id, today),
  ]);
  const psc = permanentStandingCommittee({
    president: posts.find((p) => p.role === 'president')?.person_id ?? null,
    vicePresidents: posts.filter((p) => p.role === 'vice_president').map((p) => p.person_id),
    commissionPresidents: posts.filter((p) => p.role === 'commission_president').map((p) => p.person_id),
  });
  const postOf = (personId: number) => posts.filter((p) => p.person_id === personId);
  const current = members.filter((r) => !r.end_date || r.end_date >= today);
  return renderPage(
    c,
    m.membersTitle,
    <>
      <p>
        {m.legislature(n(legislature.number))} — {n(current.length)} / {n(legislature.seats)}
      </p>
      <h2>{m.psc}</h2>
      <p class="muted">{m.pscNote}</p>
      {psc.members.length === 0 ? (
        <p>{m.noPsc}</p>
      ) : (
        <ul>
          {psc.members.map((personId) => {
            const held = postOf(personId);
            const person = posts.find((p) => p.person_id === personId);
            return (
              <li>
                <a href={`/assembly/members/${personId}`}>{person ? name(person) : personId}</a> —{' '}
                {held
                  .map((p) => `${m.roles[p.role]}${p.commission_code ? ` ${p.commission_code}` : ''}`)
                  .join(', ')}
              </li>
            );
          })}
        </ul>
      )}
      <Article refs="84.2" lang={lang} digits={digits} />
      <h2>{m.membersTitle}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.province}</th>
              <th scope="col">{m.party}</th>
              <th scope="col">{m.posts}</th>
            </tr>
          </thead>
          <tbody>
            {current.map((r) => (
              <tr>
                <td>
                  <a href={`/assembly/members/${r.person_id}`}>{name(r)}</a>
                  {r.is_demo ? <span class="muted"> ({m.demo})</span> : null}
                  {r.replaces_membership_id ? <span class="muted"> ({m.replaces})</span> : null}
                </td>
                <td>{lang === 'km' ? r.province_km : r.province_en}</td>
                <td>{r.party_code ? (lang === 'km' ? r.party_km : r.party_en) : '—'}</td>
                <td>
                  {r.government_post ? `${m.government}: ${r.government_post}` : ''}
                  {postOf(r.person_id)
                    .map((p) => `${m.roles[p.role]}${p.commission_code ? ` ${p.commission_code}` : ''}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>,
  );
}

export async function memberPage(c: Ctx) {
  const { lang, digits, m, n, date, name } = texts(c);
  const db = c.get('deps').db.kysely;
  const id = pathId(c);
  const person = id ? await findPerson(db, id) : undefined;
  if (!person) return renderErrorPage(c, 'notFound');
  const seats = await membershipsOfPerson(db, person.id);
  const heldPosts = await db
    .selectFrom('assembly_posts')
    .selectAll()
    .where('membership_id', 'in', seats.length > 0 ? seats.map((s) => s.id) : [0])
    .orderBy('start_date')
    .execute();
  const isSecretariat = hasAnyRole(c.get('user'), SECRETARIAT);
  return renderPage(
    c,
    m.memberTitle(name(person)),
    <>
      <p lang={lang === 'km' ? 'en' : 'km'} class="muted">
        {lang === 'km' ? person.name_en : person.name_km}
        {person.is_demo ? ` (${m.demo})` : ''}
      </p>
      <p>
        <a href={`/watch/members/${person.id}`}>{m.scorecard}</a>
      </p>
      <h2>{m.memberships}</h2>
      <ul>
        {seats.map((s) => (
          <li>
            {m.legislature(n(s.legislature))}: {lang === 'km' ? s.province_km : s.province_en}
            {s.party_en ? `, ${lang === 'km' ? s.party_km : s.party_en}` : ''} — {m.since}{' '}
            {date(s.start_date)}
            {s.end_date ? ` ${m.until} ${date(s.end_date)} (${m.endReasons[s.end_reason ?? 'other']})` : ''}
            {s.government_post ? (
              <>
                <br />
                {m.government}: {s.government_post}{' '}
                <span class="muted">
                  ({m.governmentNote}, {citation('79', lang, digits)})
                </span>
              </>
            ) : null}
            {isSecretariat ? <MemberForms c={c} membershipId={s.id} ended={s.end_date !== null} /> : null}
          </li>
        ))}
      </ul>
      <h2>{m.posts}</h2>
      <ul>
        {heldPosts.map((p) => (
          <li>
            {m.roles[p.role]}
            {p.commission_code ? ` ${p.commission_code}` : ''} — {m.since} {date(p.start_date)}
            {p.end_date ? ` ${m.until} ${date(p.end_date)}` : ''}
          </li>
        ))}
      </ul>
    </>,
  );
}

/** The secretariat's links to act on a seat (the forms live on the secretariat's page). */
function MemberForms({ c, membershipId, ended }: { c: Ctx; membershipId: number; ended: boolean }) {
  const m = recordsMessages[c.get('lang')];
  return (
    <p>
      <a href={`/secretariat/assembly/memberships/${membershipId}`}>
        {ended ? m.replacement : `${m.endSeat} · ${m.givePost} · ${m.setGovernment}`}
      </a>
    </p>
  );
}

export async function sessionsPage(c: Ctx) {
  const { lang, digits, m, n, date } = texts(c);
  const db = c.get('deps').db.kysely;
  const legislature = await currentLegislature(db);
  if (!legislature) return renderPage(c, m.sessionsTitle, <p>{m.noLegislature}</p>);
  const [sessions, sittings] = await Promise.all([
    sessionsOf(db, legislature.id),
    sittingsOfLegislature(db, legislature.id),
  ]);
  const years = [...new Set(sessions.map((s) => Number(s.opens_on.slice(0, 4))))].sort();
  const periods = sessions.map((s) => ({ kind: s.kind, opensOn: s.opens_on, closesOn: s.closes_on }));
  const warnings = years.flatMap((year) => calendarWarnings(year, periods).map((w) => ({ ...w, year })));
  return renderPage(
    c,
    m.sessionsTitle,
    <>
      <p>
        {m.legislature(n(legislature.number))} · <a href="/assembly/calendar.ics">{m.calendarFeed}</a>
      </p>
      {warnings.length > 0 ? (
        <div class="alert" role="status">
          <ul>
            {warnings.map((w) => (
              <li>
                {m.warnings[w.code](n(w.year))} ({citation(w.article, lang, digits)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Article refs="83.1–2" lang={lang} digits={digits} />
      {sessions.length === 0 ? <p>{m.noSessions}</p> : null}
      {sessions.map((s) => (
        <section>
          <h2>
            {m.sessionKinds[s.kind]}: {date(s.opens_on)} – {date(s.closes_on)}
            {s.is_demo ? <span class="muted"> ({m.demo})</span> : null}
          </h2>
          {s.kind === 'extraordinary' ? (
            <p>
              {m.requestedBy} {m.requesters[s.requested_by ?? 'members']}
              {s.requesting_members ? ` (${n(s.requesting_members)})` : ''} — {m.agenda}:{' '}
              {(lang === 'km' ? s.agenda_km : s.agenda_en) ?? s.agenda_en ?? s.agenda_km}
              {s.published_on ? ` (${m.published} ${date(s.published_on)})` : ''} (
              {citation('83.2', lang, digits)})
            </p>
          ) : null}
          <ul>
            {sittings
              .filter((st) => st.session_id === s.id)
              .map((st) => (
                <li>
                  <a href={`/assembly/sittings/${st.id}`}>
                    {date(st.sitting_on)} — {lang === 'km' ? st.title_km : st.title_en}
                  </a>
                  {st.is_question_day ? ` · ${m.questionDay}` : ''}
                  {st.closed_at_request_of ? ` · ${m.closed}` : ''}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>,
  );
}

function voteDecisionOf(v: {
  matter: string;
  outcome: string;
  required: number;
  reason: string;
  article: string;
  present_count: number;
  members_total: number;
}): VoteDecision {
  const quorum = quorumRequired(v.members_total);
  return {
    matter: v.matter as Matter,
    outcome: v.outcome as VoteDecision['outcome'],
    required: v.required,
    quorum: { required: quorum, present: v.present_count, met: v.present_count >= quorum },
    reason: v.reason as VoteDecision['reason'],
    article: v.article as ArticleRef,
    warnings: [],
  };
}

export async function sittingPage(c: Ctx, problems?: { form: string; refusals: Refusal[] }) {
  const { lang, digits, m, n, date, name } = texts(c);
  const db = c.get('deps').db.kysely;
  const id = pathId(c);
  const sitting = id ? await findSitting(db, id) : undefined;
  if (!sitting) return renderErrorPage(c, 'notFound');
  const [attendance, voteEvents] = await Promise.all([
    attendanceOf(db, sitting.id),
    voteEventsOf(db, sitting.id),
  ]);
  const votes = await votesOf(
    db,
    voteEvents.map((v) => v.id),
  );
  const present = attendance.filter((a) => a.present === 1);
  const quorum = quorumRequired(sitting.seats);
  const rm = rulesMessages[lang];
  const title = lang === 'km' ? sitting.title_km : sitting.title_en;
  const isSecretariat = hasAnyRole(c.get('user'), SECRETARIAT);
  return renderPage(
    c,
    m.sittingTitle(title),
    <>
      <p>
        <a href="/assembly/sessions">{m.sessionsTitle}</a>
      </p>
      {c.req.query('saved') === '1' && !problems ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      <p>
        {date(sitting.sitting_on)} · {m.legislature(n(sitting.legislature_number))} ·{' '}
        {sitting.closed_at_request_of
          ? `${m.closed} (${m.requesters[sitting.closed_at_request_of]}, ${citation('88.2', lang, digits)})`
          : m.public}
        {sitting.is_demo ? <span class="muted"> ({m.demo})</span> : null}
      </p>
      {sitting.is_question_day ? (
        <p>
          <strong>{m.questionDay}</strong> ({citation('96.6', lang, digits)})
        </p>
      ) : null}
      <h2>{m.attendance}</h2>
      {attendance.length === 0 ? (
        <p>{m.noAttendance}</p>
      ) : (
        <>
          <p>
            <strong>{m.quorum(n(present.length), n(quorum), present.length >= quorum)}</strong> (
            {citation('88.3', lang, digits)})
          </p>
          <details>
            <summary>
              {m.present}: {n(present.length)} · {m.absent}: {n(attendance.length - present.length)}
            </summary>
            <ul>
              {attendance.map((a) => (
                <li>
                  <a href={`/assembly/members/${a.person_id}`}>{name(a)}</a> —{' '}
                  {a.present ? m.present : m.absent}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      <h2>{m.votes}</h2>
      {voteEvents.length === 0 ? <p>{m.noVotes}</p> : null}
      {voteEvents.map((v) => {
        const decision = voteDecisionOf(v);
        const named = votes.filter((vote) => vote.vote_event_id === v.id);
        return (
          <section id={`vote-${v.id}`}>
            <h3>
              {lang === 'km' ? v.title_km : v.title_en}: {rm.outcomes[v.outcome as 'adopted']}
            </h3>
            <p>
              {m.matter}: {rm.matters[v.matter as Matter]} ·{' '}
              {m.counts(n(v.yes_count), n(v.no_count), n(v.abstain_count))} · {m.needs(n(v.required))}
              {v.bill_id !== null ? (
                <>
                  {' · '}
                  <a href={`/assembly/laws/${v.bill_id}`}>{m.votedBill}</a>
                </>
              ) : null}
            </p>
            <p>
              {reasonText(decision, v.yes_count, lang, digits)}{' '}
              <strong>{citation(decision.article, lang, digits)}</strong>
            </p>
            {named.length > 0 ? (
              <details>
                <summary>{m.byName}</summary>
                <ul>
                  {named.map((vote) => (
                    <li>
                      {name(vote)}: {m.options[vote.option]}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </section>
        );
      })}
      {isSecretariat ? (
        <>
          <AttendanceForm
            c={c}
            sitting={sitting}
            problems={problems?.form === 'attendance' ? problems.refusals : []}
          />
          <VoteForm
            c={c}
            sittingId={sitting.id}
            problems={problems?.form === 'vote' ? problems.refusals : []}
          />
        </>
      ) : null}
    </>,
    problems ? 422 : 200,
  );
}

export type { RecordsMessages };
