// Views of the Assembly's sittings: the sessions and their sittings, and one sitting with who was present,
// its votes decided with the article, and for the secretariat the attendance and vote forms. Views only:
// the route handlers load what they show.
import type { Ctx } from '../../platform/http/types';
import type { Refusal } from '../../platform/result';
import { renderPage } from '../../web/page';
import { mayKeepRecords } from './assembly.policy';
import { type ArticleRef, citation } from './procedure/articles.rules';
import { reasonText } from './procedure/explain.presenter';
import { rulesMessages } from './procedure/rules.messages';
import { calendarWarnings } from './procedure/sessions.rules';
import { MATTER_RULES, MATTERS, type Matter, quorumRequired } from './procedure/thresholds.rules';
import {
  ROLL_OPTIONS,
  type RollCallProblemCode,
  type RollOption,
  tallyRollCall,
  type VoteDecision,
} from './procedure/votes.rules';
import { type Posted, SelectField, TextField } from './questions-laws-forms.pages';
import { postedRoll } from './records.input';
import { recordsMessages } from './records.messages';
import { Article, FormSection, Problems, texts } from './records.parts.pages';
import type {
  AttendanceRows,
  BillsAwaitingVoteRows,
  NamedVoteRows,
  SeatedRows,
  SessionRows,
  SittingListRows,
  SittingRow,
  VoteEventRows,
} from './records.rows';
import { TermLines, type TermRow } from './term.pages';

/** The sessions of the sitting legislature and their sittings. */
export type SessionsData =
  | {
      legislature: { number: number };
      sessions: SessionRows;
      sittings: SittingListRows;
      /** The term's deposals, dissolution and states of emergency. */
      term: TermRow[];
      /** Today in Phnom Penh, for the days of an emergency without a sitting. */
      today: string;
    }
  | { legislature: undefined };

export function sessionsView(c: Ctx, data: SessionsData) {
  const { lang, digits, m, n, date } = texts(c);
  if (!data.legislature) return renderPage(c, m.sessionsTitle, <p>{m.noLegislature}</p>);
  const { legislature, sessions, sittings, term, today } = data;
  // From the year of a dissolution on, the dissolved Assembly holds no more sessions (Art. 78.2): the yearly
  // calendar rules no longer apply to it.
  const dissolvedYear = term.find((e) => e.kind === 'dissolution')?.starts_on.slice(0, 4);
  const years = [...new Set(sessions.map((s) => Number(s.opens_on.slice(0, 4))))]
    .filter((y) => dissolvedYear === undefined || y < Number(dissolvedYear))
    .sort();
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
      <TermLines c={c} events={term} sittingDays={new Set(sittings.map((s) => s.sitting_on))} today={today} />
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

/** A sitting, who was there, its votes; for the secretariat, who held a seat that day and the bills awaiting a vote. */
export interface SittingData {
  sitting: SittingRow;
  attendance: AttendanceRows;
  voteEvents: VoteEventRows;
  votes: NamedVoteRows;
  forms?: {
    seated: SeatedRows;
    bills: BillsAwaitingVoteRows;
  };
}

export function sittingView(
  c: Ctx,
  data: SittingData,
  problems?: { form: string; refusals: Refusal[]; posted?: Posted },
) {
  const { lang, digits, m, n, date, name } = texts(c);
  const { sitting, attendance, voteEvents, votes, forms } = data;
  const present = attendance.filter((a) => a.present === 1);
  const quorum = quorumRequired(sitting.seats);
  const rm = rulesMessages[lang];
  const title = lang === 'km' ? sitting.title_km : sitting.title_en;
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
      {forms && mayKeepRecords(c.get('user')) ? (
        <>
          <AttendanceForm
            c={c}
            sittingId={sitting.id}
            seated={forms.seated}
            presentNow={new Set(present.map((a) => a.membership_id))}
            problems={problems?.form === 'attendance' ? problems.refusals : []}
          />
          <VoteForm
            c={c}
            sittingId={sitting.id}
            bills={forms.bills}
            roll={attendance}
            problems={problems?.form === 'vote' ? problems.refusals : []}
            posted={problems?.form === 'vote' ? problems.posted : undefined}
          />
        </>
      ) : null}
    </>,
    problems ? 422 : 200,
  );
}

/** Who was present: one box for each member seated that day, ticked when recorded present. */
function AttendanceForm({
  c,
  sittingId,
  seated,
  presentNow,
  problems,
}: {
  c: Ctx;
  sittingId: number;
  seated: { id: number; name_km: string; name_en: string }[];
  presentNow: Set<number>;
  problems: Refusal[];
}) {
  const lang = c.get('lang');
  const m = recordsMessages[lang];
  return (
    <FormSection
      c={c}
      id="attendance"
      title={m.recordAttendance}
      action={`/secretariat/assembly/sittings/${sittingId}/attendance`}
      refusals={problems}
    >
      <fieldset>
        <legend>{m.present}</legend>
        {seated.map((s) => (
          <label style="display:block">
            <input
              type="checkbox"
              name="present"
              value={String(s.id)}
              checked={presentNow.has(s.id)}
              style="width:auto"
            />{' '}
            {lang === 'km' ? s.name_km : s.name_en}
          </label>
        ))}
      </fieldset>
    </FormSection>
  );
}

/** The roll-call's choices as posted: `vote-<membership id>` → the member's vote. */
function rollChoicesOf(posted: Posted | undefined): Map<number, RollOption> {
  const choices = new Map<number, RollOption>();
  for (const [seat, option] of Object.entries(posted ? postedRoll(posted) : {}))
    if ((ROLL_OPTIONS as readonly string[]).includes(option)) choices.set(Number(seat), option as RollOption);
  return choices;
}

/**
 * A vote: a matter voted in a sitting (a request is not), the bill it decides if any, and the roll-call:
 * every member seated that day with four choices; a member absent at the sitting starts absent, a member
 * present starts with none. After a refusal the choices made are kept and each member at fault is named.
 */
function VoteForm({
  c,
  sittingId,
  bills,
  roll,
  problems,
  posted,
}: {
  c: Ctx;
  sittingId: number;
  bills: { id: number; title_km: string; title_en: string }[];
  roll: AttendanceRows;
  problems: Refusal[];
  posted: Posted | undefined;
}) {
  const lang = c.get('lang');
  const m = recordsMessages[lang];
  const rm = rulesMessages[lang];
  if (roll.length === 0)
    return (
      <section id="vote">
        <h2>{m.recordVote}</h2>
        <Problems c={c} refusals={problems} />
        <p>{m.rollNeedsAttendance}</p>
      </section>
    );
  const choices = rollChoicesOf(posted);
  const tally = posted
    ? tallyRollCall(
        roll.map((r) => ({ membershipId: r.membership_id, present: r.present === 1 })),
        choices,
      )
    : undefined;
  const atFault = new Map<number, RollCallProblemCode>(
    tally && !tally.ok ? tally.problems.map((p) => [p.membershipId, p.code]) : [],
  );
  const faultText: Record<RollCallProblemCode, string> = {
    member_without_vote: m.noVoteChosen,
    vote_by_absent_member: m.errors['vote-by-absent-member'],
    not_on_the_roll: m.errors['not-on-the-roll'],
  };
  return (
    <FormSection
      c={c}
      id="vote"
      title={m.recordVote}
      action={`/secretariat/assembly/sittings/${sittingId}/votes`}
      refusals={problems}
    >
      <SelectField
        id="vote-matter"
        name="matter"
        label={m.matter}
        posted={posted}
        options={MATTERS.filter((x) => MATTER_RULES[x].kind === 'vote').map((x) => ({
          value: x,
          label: rm.matters[x],
        }))}
      />
      <SelectField
        id="vote-billId"
        name="billId"
        label={m.voteBill}
        placeholder={m.noBill}
        posted={posted}
        options={bills.map((b) => ({ value: String(b.id), label: lang === 'km' ? b.title_km : b.title_en }))}
      />
      <TextField
        id="vote-titleKm"
        name="titleKm"
        label={m.titleKm}
        lang="km"
        required
        maxlength={300}
        posted={posted}
      />
      <TextField
        id="vote-titleEn"
        name="titleEn"
        label={m.titleEn}
        lang="en"
        required
        maxlength={300}
        posted={posted}
      />
      <h3>{m.rollCall}</h3>
      <p class="muted">{m.rollCallHint}</p>
      {roll.map((r) => {
        const present = r.present === 1;
        const chosen = posted ? choices.get(r.membership_id) : present ? undefined : 'absent';
        const fault = atFault.get(r.membership_id);
        const name = lang === 'km' ? r.name_km : r.name_en;
        return (
          <fieldset id={`roll-${r.membership_id}`}>
            <legend>
              {name} <span class="muted">({present ? m.presentAtSitting : m.absentAtSitting})</span>
              {fault ? <strong class="overdue"> — {faultText[fault]}</strong> : null}
            </legend>
            {ROLL_OPTIONS.map((option) => (
              <label style="display:inline-block;margin-right:1rem">
                <input
                  type="radio"
                  name={`vote-${r.membership_id}`}
                  value={option}
                  checked={chosen === option}
                  required={present}
                  style="width:auto"
                />{' '}
                {m.options[option]}
              </label>
            ))}
          </fieldset>
        );
      })}
    </FormSection>
  );
}
