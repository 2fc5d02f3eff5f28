// Views of the Assembly's members: the overview of the legislature, the members and the Permanent
// Standing Committee, one member's seats and posts, and the secretariat's page of one seat. Views only:
// the route handlers load what they show.

import type { Ctx } from '../../platform/http/types';
import { commissionName } from '../../platform/i18n/commission-name';
import { dateInputHint } from '../../platform/i18n/date-input';
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatDate, textFor } from '../../platform/i18n/i18n';
import { TableBox } from '../../web/data-table';
import { renderPage } from '../../web/page';
import { mayKeepRecords } from './assembly.policy';
import { END_REASONS, POST_ROLES } from './members.commands';
import { citation } from './procedure/articles.rules';
import { expectedEnd, firstSessionLatest } from './procedure/dates.rules';
import { permanentStandingCommittee } from './procedure/members.rules';
import { quorumRequired } from './procedure/thresholds.rules';
import { type RecordsMessages, recordsMessages } from './records.messages';
import { Article, type Failed, FormSection, failedForm, formFields, texts } from './records.parts.pages';
import type {
  HeldPostRows,
  LegislatureRow,
  MemberRows,
  PersonRow,
  PostRows,
  SeatsOfPersonRows,
} from './records.rows';

/** The legislature sitting now (if any) and how many members hold a seat today. */
export interface OverviewData {
  legislature: (LegislatureRow & { seatedToday: number }) | undefined;
}

export function overviewView(c: Ctx, { legislature }: OverviewData) {
  const { lang, digits, m, n, date } = texts(c);
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
      {mayKeepRecords(c.get('user')) ? (
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
        <dd>{n(legislature.seatedToday)}</dd>
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

/** The members of the sitting legislature and the posts they hold today. */
export type MembersData =
  | {
      legislature: LegislatureRow;
      today: string;
      members: MemberRows;
      posts: PostRows;
    }
  | { legislature: undefined };

export function membersView(c: Ctx, data: MembersData) {
  const { lang, digits, m, n, name } = texts(c);
  if (!data.legislature) return renderPage(c, m.membersTitle, <p>{m.noLegislature}</p>);
  const { legislature, today, members, posts } = data;
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
                  .map(
                    (p) =>
                      `${textFor(m.roles, p.role) ?? p.role}${p.commission_code ? ` ${p.commission_code}` : ''}`,
                  )
                  .join(', ')}
              </li>
            );
          })}
        </ul>
      )}
      <Article refs="84.2" lang={lang} digits={digits} />
      <h2>{m.membersTitle}</h2>
      <TableBox label={m.membersTitle}>
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
                    .map(
                      (p) =>
                        `${textFor(m.roles, p.role) ?? p.role}${p.commission_code ? ` ${p.commission_code}` : ''}`,
                    )
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </>,
  );
}

/** A person, the seats they held and every post on them. */
export interface MemberData {
  person: PersonRow;
  seats: SeatsOfPersonRows;
  heldPosts: HeldPostRows;
}

export function memberView(c: Ctx, { person, seats, heldPosts }: MemberData) {
  const { lang, digits, m, n, date, name } = texts(c);
  const isSecretariat = mayKeepRecords(c.get('user'));
  return renderPage(
    c,
    m.memberTitle(name(person)),
    <>
      {person.is_demo ? <p class="muted">({m.demo})</p> : null}
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
            {s.end_date
              ? ` ${m.until} ${date(s.end_date)} (${textFor(m.endReasons, s.end_reason ?? 'other') ?? s.end_reason})`
              : ''}
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
            {textFor(m.roles, p.role) ?? p.role}
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

/** A seat and what the secretariat may do with it: end it, or replace it once ended; posts; government. */
export interface MembershipData {
  membership: { id: number; end_date: string | null };
  person: { id: number; name_km: string; name_en: string };
  commissions: { code: string; name_en: string; name_km: string | null }[];
}

export function membershipView(c: Ctx, data: MembershipData, failed?: Failed) {
  const { membership, person, commissions } = data;
  const lang = c.get('lang');
  const m = recordsMessages[lang];
  const { posted, refusals } = failedForm(failed);
  const base = `/secretariat/assembly/memberships/${membership.id}`;
  const fields = (prefix: string, form: string) =>
    formFields(prefix, posted(form), dateInputHint(lang, c.get('digits')));
  const section = (form: string, title: string) => ({
    c,
    id: form,
    title,
    action: `${base}/${form === 'post' ? 'posts' : form}`,
    refusals: refusals(form),
  });
  const replacement = fields('r', 'replacement');
  const end = fields('end', 'end');
  const post = fields('post', 'post');
  const government = fields('gov', 'government');
  return renderPage(
    c,
    lang === 'km' ? person.name_km : person.name_en,
    <>
      <p>
        <a href={`/assembly/members/${person.id}`}>{lang === 'km' ? person.name_km : person.name_en}</a>
      </p>
      {membership.end_date ? (
        <FormSection {...section('replacement', m.replacement)}>
          {replacement.bilingual('name', { km: m.nameKm, en: m.nameEn }, { required: true, maxlength: 200 })}
          {replacement.date('birthDate', m.birthDate, { required: true })}
          {replacement.check('khmerByBirth', m.khmerByBirth)}
          {replacement.text('party', m.party, { maxlength: 20 })}
          {replacement.date('startDate', m.startDate, { required: true })}
        </FormSection>
      ) : (
        <>
          <FormSection {...section('end', m.endSeat)}>
            {end.date('endDate', m.endDate, { id: 'end-date', required: true })}
            {end.select(
              'reason',
              m.reason,
              END_REASONS.map((r) => ({ value: r, label: m.endReasons[r] })),
            )}
          </FormSection>
          <FormSection {...section('post', m.givePost)}>
            {post.select(
              'role',
              m.role,
              POST_ROLES.map((r) => ({ value: r, label: m.roles[r] })),
            )}
            {post.select(
              'commission',
              m.commission,
              commissions.map((co) => ({
                value: co.code,
                label: `${co.code} — ${commissionName(lang, co)}`,
              })),
              { placeholder: m.none },
            )}
            {post.date('startDate', m.startDate, { id: 'post-start', required: true })}
          </FormSection>
          <FormSection {...section('government', m.setGovernment)}>
            {government.text('post', m.governmentPost, { maxlength: 200 })}
            {government.date('onDate', m.onDate, { id: 'gov-on', required: true })}
          </FormSection>
        </>
      )}
    </>,
    failed ? 422 : 200,
  );
}
