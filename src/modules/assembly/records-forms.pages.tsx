// The secretariat's forms on the Assembly's records: legislatures, parties, members and their seats,
// sessions, sittings, attendance and votes. Each refusal names what to correct and, when the
// Constitution is the reason, the article.
import type { ZodType } from 'zod';
import { parseId, pathId } from '../../platform/http/path-params';
import type { Ctx } from '../../platform/http/types';
import type { Refusal } from '../../platform/result';
import { CsrfField } from '../../web/layout';
import { renderErrorPage, renderPage } from '../../web/page';
import {
  appointReplacement,
  createLegislature,
  createParty,
  END_REASONS,
  endMembership,
  endMembershipSchema,
  givePost,
  governmentPostSchema,
  legislatureInputSchema,
  memberInputSchema,
  POST_ROLES,
  partyInputSchema,
  postInputSchema,
  registerMember,
  replacementInputSchema,
  setGovernmentPost,
} from './members.commands';
import { findMembership, listLegislatures, listParties, seatedOn } from './members.queries';
import { type ArticleRef, citation } from './procedure/articles';
import { rulesMessages } from './procedure/rules.messages';
import { MATTER_RULES, MATTERS } from './procedure/thresholds.rules';
import { CheckField, many, one, type Posted, postedOf, SelectField, TextField } from './questions-laws.forms';
import { billsAwaitingVote } from './questions-laws.queries';
import type { RecordResult } from './records.input';
import { recordsErrorText, recordsMessages } from './records.messages';
import { sittingPage } from './records.pages';
import {
  createSession,
  createSitting,
  recordAttendance,
  recordVote,
  SESSION_REQUESTERS,
  SITTING_CLOSERS,
  sessionInputSchema,
  sittingInputSchema,
  voteInputSchema,
} from './sittings.commands';
import { type findSitting, sessionsOf } from './sittings.queries';

const actorOf = (c: Ctx) => {
  const user = c.get('user')!;
  return { userId: user.id, label: user.username };
};

/** What went wrong, as sentences; the article when the Constitution is the reason. */
function Problems({ c, refusals }: { c: Ctx; refusals: Refusal[] }) {
  const m = recordsMessages[c.get('lang')];
  if (refusals.length === 0) return null;
  return (
    <div class="alert" role="alert">
      <p>{m.fixErrors}</p>
      <ul>
        {refusals.map(({ code, article }) => (
          <li>
            {recordsErrorText(m, code)}
            {article ? ` (${citation(article as ArticleRef, c.get('lang'), c.get('digits'))})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FormSection(props: {
  c: Ctx;
  id: string;
  title: string;
  action: string;
  refusals: Refusal[];
  children: unknown;
}) {
  const m = recordsMessages[props.c.get('lang')];
  return (
    <section id={props.id}>
      <h2>{props.title}</h2>
      <Problems c={props.c} refusals={props.refusals} />
      <form method="post" action={props.action}>
        <CsrfField token={props.c.get('csrfToken')} />
        {props.children}
        <button type="submit">{m.save}</button>
      </form>
    </section>
  );
}

/** Validates a form with `schema`, runs the command, and answers with a redirect or the page again. */
async function submit<S extends ZodType, T>(
  c: Ctx,
  read: (posted: Posted) => unknown,
  schema: S,
  run: (input: S['_zod']['output']) => Promise<RecordResult<T>>,
  done: (value: T) => string,
  again: (refusals: Refusal[], posted: Posted) => Promise<Response> | Response,
) {
  const posted = postedOf(await c.req.parseBody({ all: true }));
  const parsed = schema.safeParse(read(posted));
  if (!parsed.success) {
    const codes = new Set(
      parsed.error.issues.map((i) => (/^[a-z-]+$/.test(i.message) ? i.message : 'invalid')),
    );
    return again(
      [...codes].map((code) => ({ code })),
      posted,
    );
  }
  const result = await run(parsed.data);
  if (!result.ok) {
    if (result.error.code === 'not-found') return renderErrorPage(c, 'notFound');
    return again([result.error], posted);
  }
  return c.redirect(done(result.value), 303);
}

// --- /secretariat/assembly ---

type Failed = { form: string; refusals: Refusal[]; posted: Posted } | undefined;

async function secretariatView(c: Ctx, failed?: Failed) {
  const lang = c.get('lang');
  const m = recordsMessages[lang];
  const db = c.get('deps').db.kysely;
  const legislatures = await listLegislatures(db);
  const [parties, provinces, sessions] = await Promise.all([
    listParties(db),
    db
      .selectFrom('places')
      .select(['code', 'name_km', 'name_latin'])
      .where('level', '=', 'province')
      .orderBy('code')
      .execute(),
    legislatures[0] ? sessionsOf(db, legislatures[0].id) : Promise.resolve([]),
  ]);
  const posted = (form: string) => (failed?.form === form ? failed.posted : undefined);
  const refusals = (form: string) => (failed?.form === form ? failed.refusals : []);
  const legislatureOptions = legislatures.map((l) => ({
    value: String(l.id),
    label: m.legislature(String(l.number)),
  }));
  return renderPage(
    c,
    m.secretariatTitle,
    <>
      {c.req.query('saved') === '1' && !failed ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      <p>
        <a href="/assembly">{m.overviewTitle}</a> · <a href="/assembly/sessions">{m.sessionsTitle}</a>
      </p>
      <FormSection
        c={c}
        id="member"
        title={m.newMember}
        action="/secretariat/assembly/members"
        refusals={refusals('member')}
      >
        <SelectField
          id="member-legislature"
          name="legislatureId"
          label={m.legislature('')}
          options={legislatureOptions}
          posted={posted('member')}
        />
        <TextField
          id="member-nameKm"
          name="nameKm"
          label={m.nameKm}
          lang="km"
          required
          maxlength={200}
          posted={posted('member')}
        />
        <TextField
          id="member-nameEn"
          name="nameEn"
          label={m.nameEn}
          lang="en"
          required
          maxlength={200}
          posted={posted('member')}
        />
        <TextField
          id="member-birthDate"
          name="birthDate"
          type="date"
          label={m.birthDate}
          required
          posted={posted('member')}
        />
        <CheckField
          id="member-khmerByBirth"
          name="khmerByBirth"
          label={m.khmerByBirth}
          posted={posted('member')}
        />
        <SelectField
          id="member-gender"
          name="gender"
          label={m.gender}
          placeholder={m.none}
          options={['female', 'male'].map((g) => ({ value: g, label: m.genders[g] }))}
          posted={posted('member')}
        />
        <SelectField
          id="member-province"
          name="province"
          label={m.province}
          placeholder={m.choose}
          options={provinces.map((p) => ({ value: p.code, label: lang === 'km' ? p.name_km : p.name_latin }))}
          posted={posted('member')}
        />
        <SelectField
          id="member-party"
          name="party"
          label={m.party}
          placeholder={m.none}
          options={parties.map((p) => ({ value: p.code, label: lang === 'km' ? p.name_km : p.name_en }))}
          posted={posted('member')}
        />
        <TextField
          id="member-startDate"
          name="startDate"
          type="date"
          label={m.startDate}
          required
          posted={posted('member')}
        />
      </FormSection>
      <FormSection
        c={c}
        id="sitting"
        title={m.newSitting}
        action="/secretariat/assembly/sittings"
        refusals={refusals('sitting')}
      >
        <SelectField
          id="sitting-session"
          name="sessionId"
          label={m.session}
          options={sessions.map((s) => ({
            value: String(s.id),
            label: `${m.sessionKinds[s.kind]} ${s.opens_on} – ${s.closes_on}`,
          }))}
          posted={posted('sitting')}
        />
        <TextField
          id="sitting-on"
          name="sittingOn"
          type="date"
          label={m.sittingOn}
          required
          posted={posted('sitting')}
        />
        <TextField
          id="sitting-titleKm"
          name="titleKm"
          label={m.titleKm}
          lang="km"
          required
          maxlength={300}
          posted={posted('sitting')}
        />
        <TextField
          id="sitting-titleEn"
          name="titleEn"
          label={m.titleEn}
          lang="en"
          required
          maxlength={300}
          posted={posted('sitting')}
        />
        <CheckField
          id="sitting-questionDay"
          name="isQuestionDay"
          label={m.isQuestionDay}
          posted={posted('sitting')}
        />
        <SelectField
          id="sitting-closed"
          name="closedAtRequestOf"
          label={m.closedAtRequestOf}
          placeholder={m.none}
          options={SITTING_CLOSERS.map((r) => ({ value: r, label: m.requesters[r] }))}
          posted={posted('sitting')}
        />
        <TextField
          id="sitting-closingMembers"
          name="closingMembers"
          label={m.closingMembers}
          maxlength={6}
          posted={posted('sitting')}
        />
      </FormSection>
      <FormSection
        c={c}
        id="session"
        title={m.newSession}
        action="/secretariat/assembly/sessions"
        refusals={refusals('session')}
      >
        <SelectField
          id="session-legislature"
          name="legislatureId"
          label={m.legislature('')}
          options={legislatureOptions}
          posted={posted('session')}
        />
        <SelectField
          id="session-kind"
          name="kind"
          label={m.kind}
          options={['ordinary', 'extraordinary'].map((k) => ({ value: k, label: m.sessionKinds[k] }))}
          posted={posted('session')}
        />
        <TextField
          id="session-opensOn"
          name="opensOn"
          type="date"
          label={m.opensOn}
          required
          posted={posted('session')}
        />
        <TextField
          id="session-closesOn"
          name="closesOn"
          type="date"
          label={m.closesOn}
          required
          posted={posted('session')}
        />
        <SelectField
          id="session-requestedBy"
          name="requestedBy"
          label={m.requestedBy}
          placeholder={m.none}
          options={SESSION_REQUESTERS.map((r) => ({ value: r, label: m.requesters[r] }))}
          posted={posted('session')}
        />
        <TextField
          id="session-requestingMembers"
          name="requestingMembers"
          label={m.requestingMembers}
          maxlength={6}
          posted={posted('session')}
        />
        <TextField
          id="session-agendaKm"
          name="agendaKm"
          label={m.agendaKm}
          lang="km"
          multiline
          maxlength={4000}
          posted={posted('session')}
        />
        <TextField
          id="session-agendaEn"
          name="agendaEn"
          label={m.agendaEn}
          lang="en"
          multiline
          maxlength={4000}
          posted={posted('session')}
        />
        <TextField
          id="session-publishedOn"
          name="publishedOn"
          type="date"
          label={m.publishedOn}
          posted={posted('session')}
        />
      </FormSection>
      <FormSection
        c={c}
        id="party"
        title={m.newParty}
        action="/secretariat/assembly/parties"
        refusals={refusals('party')}
      >
        <TextField
          id="party-code"
          name="code"
          label={m.code}
          required
          maxlength={20}
          posted={posted('party')}
        />
        <TextField
          id="party-nameKm"
          name="nameKm"
          label={m.nameKm}
          lang="km"
          required
          maxlength={200}
          posted={posted('party')}
        />
        <TextField
          id="party-nameEn"
          name="nameEn"
          label={m.nameEn}
          lang="en"
          required
          maxlength={200}
          posted={posted('party')}
        />
      </FormSection>
      <FormSection
        c={c}
        id="legislature"
        title={m.newLegislature}
        action="/secretariat/assembly/legislatures"
        refusals={refusals('legislature')}
      >
        <TextField
          id="legislature-number"
          name="number"
          label={m.number}
          required
          maxlength={4}
          posted={posted('legislature')}
        />
        <TextField
          id="legislature-seats"
          name="seats"
          label={m.seats}
          required
          maxlength={4}
          posted={posted('legislature')}
        />
        <TextField
          id="legislature-electedOn"
          name="electedOn"
          type="date"
          label={m.electedOn}
          required
          posted={posted('legislature')}
        />
        <TextField
          id="legislature-convenedOn"
          name="convenedOn"
          type="date"
          label={m.convenedOn}
          posted={posted('legislature')}
        />
      </FormSection>
    </>,
    failed ? 422 : 200,
  );
}

export const secretariatPage = (c: Ctx) => secretariatView(c);

const againOn = (c: Ctx, form: string) => (refusals: Refusal[], posted: Posted) =>
  secretariatView(c, { form, refusals, posted });
const saved = () => '/secretariat/assembly?saved=1';

export const legislatureSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({
      number: one(p, 'number'),
      seats: one(p, 'seats'),
      electedOn: one(p, 'electedOn'),
      convenedOn: one(p, 'convenedOn'),
    }),
    legislatureInputSchema,
    (input) => createLegislature(c.get('deps').db, actorOf(c), input),
    saved,
    againOn(c, 'legislature'),
  );

export const partySubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({ code: one(p, 'code').toUpperCase(), nameKm: one(p, 'nameKm'), nameEn: one(p, 'nameEn') }),
    partyInputSchema,
    (input) => createParty(c.get('deps').db, actorOf(c), input),
    saved,
    againOn(c, 'party'),
  );

const personOf = (p: Posted) => ({
  nameKm: one(p, 'nameKm'),
  nameEn: one(p, 'nameEn'),
  gender: one(p, 'gender'),
  birthDate: one(p, 'birthDate'),
  khmerByBirth: one(p, 'khmerByBirth') === '1',
  province: one(p, 'province'),
  party: one(p, 'party'),
  startDate: one(p, 'startDate'),
});

export const memberSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({ legislatureId: one(p, 'legislatureId'), ...personOf(p) }),
    memberInputSchema,
    (input) => registerMember(c.get('deps').db, actorOf(c), input, new Date()),
    (value) => `/assembly/members/${value.personId}`,
    againOn(c, 'member'),
  );

export const sessionSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({
      legislatureId: one(p, 'legislatureId'),
      kind: one(p, 'kind') || undefined,
      opensOn: one(p, 'opensOn'),
      closesOn: one(p, 'closesOn'),
      requestedBy: one(p, 'requestedBy'),
      requestingMembers: one(p, 'requestingMembers'),
      agendaKm: one(p, 'agendaKm'),
      agendaEn: one(p, 'agendaEn'),
      publishedOn: one(p, 'publishedOn'),
    }),
    sessionInputSchema,
    (input) => createSession(c.get('deps').db, actorOf(c), input),
    () => '/assembly/sessions',
    againOn(c, 'session'),
  );

export const sittingSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({
      sessionId: one(p, 'sessionId'),
      sittingOn: one(p, 'sittingOn'),
      titleKm: one(p, 'titleKm'),
      titleEn: one(p, 'titleEn'),
      isQuestionDay: one(p, 'isQuestionDay') === '1',
      closedAtRequestOf: one(p, 'closedAtRequestOf'),
      closingMembers: one(p, 'closingMembers'),
    }),
    sittingInputSchema,
    (input) => createSitting(c.get('deps').db, actorOf(c), input),
    (value) => `/assembly/sittings/${value.id}?saved=1`,
    againOn(c, 'sitting'),
  );

// --- a seat: end it, replace it, government post, posts ---

async function membershipView(c: Ctx, failed?: Failed) {
  const lang = c.get('lang');
  const m = recordsMessages[lang];
  const db = c.get('deps').db.kysely;
  const id = pathId(c);
  const membership = id ? await findMembership(db, id) : undefined;
  if (!membership) return renderErrorPage(c, 'notFound');
  const person = await db
    .selectFrom('assembly_persons')
    .selectAll()
    .where('id', '=', membership.person_id)
    .executeTakeFirstOrThrow();
  const commissions = await db
    .selectFrom('commissions')
    .select(['code', 'name_en', 'name_km'])
    .orderBy('code')
    .execute();
  const posted = (form: string) => (failed?.form === form ? failed.posted : undefined);
  const refusals = (form: string) => (failed?.form === form ? failed.refusals : []);
  const base = `/secretariat/assembly/memberships/${membership.id}`;
  return renderPage(
    c,
    lang === 'km' ? person.name_km : person.name_en,
    <>
      <p>
        <a href={`/assembly/members/${person.id}`}>{lang === 'km' ? person.name_km : person.name_en}</a>
      </p>
      {membership.end_date ? (
        <FormSection
          c={c}
          id="replacement"
          title={m.replacement}
          action={`${base}/replacement`}
          refusals={refusals('replacement')}
        >
          <TextField
            id="r-nameKm"
            name="nameKm"
            label={m.nameKm}
            lang="km"
            required
            maxlength={200}
            posted={posted('replacement')}
          />
          <TextField
            id="r-nameEn"
            name="nameEn"
            label={m.nameEn}
            lang="en"
            required
            maxlength={200}
            posted={posted('replacement')}
          />
          <TextField
            id="r-birthDate"
            name="birthDate"
            type="date"
            label={m.birthDate}
            required
            posted={posted('replacement')}
          />
          <CheckField
            id="r-khmerByBirth"
            name="khmerByBirth"
            label={m.khmerByBirth}
            posted={posted('replacement')}
          />
          <TextField
            id="r-party"
            name="party"
            label={m.party}
            maxlength={20}
            posted={posted('replacement')}
          />
          <TextField
            id="r-startDate"
            name="startDate"
            type="date"
            label={m.startDate}
            required
            posted={posted('replacement')}
          />
        </FormSection>
      ) : (
        <>
          <FormSection c={c} id="end" title={m.endSeat} action={`${base}/end`} refusals={refusals('end')}>
            <TextField
              id="end-date"
              name="endDate"
              type="date"
              label={m.endDate}
              required
              posted={posted('end')}
            />
            <SelectField
              id="end-reason"
              name="reason"
              label={m.reason}
              options={END_REASONS.map((r) => ({ value: r, label: m.endReasons[r] }))}
              posted={posted('end')}
            />
          </FormSection>
          <FormSection
            c={c}
            id="post"
            title={m.givePost}
            action={`${base}/posts`}
            refusals={refusals('post')}
          >
            <SelectField
              id="post-role"
              name="role"
              label={m.role}
              options={POST_ROLES.map((r) => ({ value: r, label: m.roles[r] }))}
              posted={posted('post')}
            />
            <SelectField
              id="post-commission"
              name="commission"
              label={m.commission}
              placeholder={m.none}
              options={commissions.map((co) => ({
                value: co.code,
                label: `${co.code} — ${lang === 'km' ? (co.name_km ?? co.name_en) : co.name_en}`,
              }))}
              posted={posted('post')}
            />
            <TextField
              id="post-start"
              name="startDate"
              type="date"
              label={m.startDate}
              required
              posted={posted('post')}
            />
          </FormSection>
          <FormSection
            c={c}
            id="government"
            title={m.setGovernment}
            action={`${base}/government`}
            refusals={refusals('government')}
          >
            <TextField
              id="gov-post"
              name="post"
              label={m.governmentPost}
              maxlength={200}
              posted={posted('government')}
            />
            <TextField
              id="gov-on"
              name="onDate"
              type="date"
              label={m.onDate}
              required
              posted={posted('government')}
            />
          </FormSection>
        </>
      )}
    </>,
    failed ? 422 : 200,
  );
}

export const membershipPage = (c: Ctx) => membershipView(c);

const membershipId = (c: Ctx) => pathId(c) ?? 0;
const againOnSeat = (c: Ctx, form: string) => (refusals: Refusal[], posted: Posted) =>
  membershipView(c, { form, refusals, posted });
const toSeat = (c: Ctx) => () => `/secretariat/assembly/memberships/${membershipId(c)}?saved=1`;

export const endSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({ endDate: one(p, 'endDate'), reason: one(p, 'reason') || undefined }),
    endMembershipSchema,
    (input) => endMembership(c.get('deps').db, actorOf(c), membershipId(c), input),
    toSeat(c),
    againOnSeat(c, 'end'),
  );

export const replacementSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({ ...personOf(p), province: '00' }),
    replacementInputSchema,
    (input) => appointReplacement(c.get('deps').db, actorOf(c), membershipId(c), input, new Date()),
    (value) => `/assembly/members/${value.personId}`,
    againOnSeat(c, 'replacement'),
  );

export const postSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({
      role: one(p, 'role') || undefined,
      commission: one(p, 'commission'),
      startDate: one(p, 'startDate'),
    }),
    postInputSchema,
    (input) => givePost(c.get('deps').db, actorOf(c), membershipId(c), input),
    toSeat(c),
    againOnSeat(c, 'post'),
  );

export const governmentSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({ post: one(p, 'post'), onDate: one(p, 'onDate') }),
    governmentPostSchema,
    (input) => setGovernmentPost(c.get('deps').db, actorOf(c), membershipId(c), input),
    toSeat(c),
    againOnSeat(c, 'government'),
  );

// --- a sitting: attendance and votes (drawn on the sitting's page) ---

type SittingRow = NonNullable<Awaited<ReturnType<typeof findSitting>>>;

export async function AttendanceForm({
  c,
  sitting,
  problems,
}: {
  c: Ctx;
  sitting: SittingRow;
  problems: Refusal[];
}) {
  const lang = c.get('lang');
  const m = recordsMessages[lang];
  const db = c.get('deps').db.kysely;
  const seated = await seatedOn(db, sitting.legislature_id, sitting.sitting_on);
  const presentNow = new Set(
    (
      await db
        .selectFrom('assembly_attendance')
        .select('membership_id')
        .where('sitting_id', '=', sitting.id)
        .where('present', '=', 1)
        .execute()
    ).map((r) => r.membership_id),
  );
  return (
    <FormSection
      c={c}
      id="attendance"
      title={m.recordAttendance}
      action={`/secretariat/assembly/sittings/${sitting.id}/attendance`}
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

export async function VoteForm({
  c,
  sittingId,
  problems,
}: {
  c: Ctx;
  sittingId: number;
  problems: Refusal[];
}) {
  const lang = c.get('lang');
  const m = recordsMessages[lang];
  const rm = rulesMessages[lang];
  const bills = await billsAwaitingVote(c.get('deps').db.kysely);
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
        options={bills.map((b) => ({ value: String(b.id), label: lang === 'km' ? b.title_km : b.title_en }))}
      />
      <TextField id="vote-titleKm" name="titleKm" label={m.titleKm} lang="km" required maxlength={300} />
      <TextField id="vote-titleEn" name="titleEn" label={m.titleEn} lang="en" required maxlength={300} />
      <TextField id="vote-yes" name="yes" label={m.yes} required maxlength={6} />
      <TextField id="vote-no" name="no" label={m.no} required maxlength={6} />
      <TextField id="vote-abstain" name="abstain" label={m.abstain} required maxlength={6} />
    </FormSection>
  );
}

export async function attendanceSubmit(c: Ctx) {
  const id = pathId(c);
  if (!id) return renderErrorPage(c, 'notFound');
  const posted = postedOf(await c.req.parseBody({ all: true }));
  const ids = many(posted, 'present').map(parseId);
  if (!ids.every((v) => v !== undefined)) return againOnSitting(c, 'attendance', [{ code: 'invalid' }]);
  const result = await recordAttendance(c.get('deps').db, actorOf(c), id, ids);
  if (!result.ok) {
    if (result.error.code === 'not-found') return renderErrorPage(c, 'notFound');
    return againOnSitting(c, 'attendance', [result.error]);
  }
  return c.redirect(`/assembly/sittings/${id}?saved=1`, 303);
}

function againOnSitting(c: Ctx, form: string, refusals: Refusal[]) {
  return sittingPage(c, { form, refusals });
}

export async function voteSubmit(c: Ctx) {
  const id = pathId(c);
  if (!id) return renderErrorPage(c, 'notFound');
  return submit(
    c,
    (p) => ({
      matter: one(p, 'matter') || undefined,
      titleKm: one(p, 'titleKm'),
      titleEn: one(p, 'titleEn'),
      yes: one(p, 'yes') || undefined,
      no: one(p, 'no') || undefined,
      abstain: one(p, 'abstain') || undefined,
      billId: one(p, 'billId'),
    }),
    voteInputSchema,
    (input) => recordVote(c.get('deps').db, actorOf(c), id, input, new Date()),
    (value) => `/assembly/sittings/${id}?saved=1#vote-${value.id}`,
    (refusals) => againOnSitting(c, 'vote', refusals),
  );
}
