// Views of joint statements (the list, one statement with its signatories and citizens' support), with the
// forms of an organisation's members, of the administrator who lists organisations, and of citizens.
import type { Child } from 'hono/jsx';
import { dateInputHint } from '../../platform/i18n/date-input';
import { formatDate, formatNumber } from '../../platform/i18n/i18n';
import { ColumnHeads } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import { ExternalLink, Field, type FormState, Problems, refilled, type ViewBase } from './form-parts.pages';
import { type StatementMessages, statementMessages } from './statements.messages';
import type { Organisation, SignatureRows, StatementListRows } from './watch.rows';
import { ORGANISATION_KINDS } from './watch.table';

type Named = Pick<Organisation, 'id' | 'name'>;
const dateOf = (v: ViewBase, day: string) => formatDate(`${day}T12:00:00+07:00`, v.lang, v.digits);

/** The member's organisation: named when they have one, chosen when they have several. */
function OwnOrganisation(p: {
  m: StatementMessages;
  form: string;
  label: string;
  own: Named[];
  state?: FormState;
}) {
  if (p.own.length === 1)
    return (
      <p>
        {p.label} <strong>{p.own[0].name}</strong>
        <input type="hidden" name="organisationId" value={String(p.own[0].id)} />
      </p>
    );
  const chosen = refilled(p.state, p.form, 'organisationId');
  return (
    <p>
      <label for={`${p.form}-organisationId`}>{p.label}</label>
      <br />
      <select id={`${p.form}-organisationId`} name="organisationId">
        {p.own.map((o) => (
          <option value={String(o.id)} selected={chosen === String(o.id)}>
            {o.name}
          </option>
        ))}
      </select>
    </p>
  );
}

/** A form a member sends for their organisation: the token, what went wrong, the organisation, then its own fields. */
function OrganisationForm(p: {
  v: { csrfToken: string; state?: FormState };
  m: StatementMessages;
  form: string;
  action: string;
  label: string;
  own: Named[];
  submit: string;
  children?: Child;
}) {
  return (
    <form method="post" action={p.action}>
      <CsrfField token={p.v.csrfToken} />
      <Problems title={p.m.errorTitle} state={p.v.state} form={p.form} />
      <OwnOrganisation m={p.m} form={p.form} label={p.label} own={p.own} state={p.v.state} />
      {p.children}
      <button type="submit">{p.submit}</button>
    </form>
  );
}

/** A day, today unless the member typed another, with the hint of how to type it in the reader's numerals. */
function DayField(p: {
  v: ViewBase & { state?: FormState; today: string };
  form: string;
  name: string;
  label: string;
}) {
  return (
    <Field
      form={p.form}
      name={p.name}
      label={p.label}
      date
      hint={dateInputHint(p.v.lang, p.v.digits)}
      state={p.v.state}
      value={p.v.today}
    />
  );
}

function RegisterOrganisation(
  p: ViewBase & { m: StatementMessages; organisations: Organisation[]; state?: FormState },
) {
  const { m } = p;
  const kind = refilled(p.state, 'organisation', 'kind');
  return (
    <section>
      <h2>{m.organisationsTitle}</h2>
      <p>{m.organisationsIntro}</p>
      <table>
        <ColumnHeads columns={[m.organisationNumber, m.organisation, m.kind]} />
        <tbody>
          {p.organisations.map((o) => (
            <tr>
              <td>{formatNumber(o.id, p.lang, p.digits)}</td>
              <td>{o.name}</td>
              <td>{m.kinds[o.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/watch/organisations">
        <CsrfField token={p.csrfToken} />
        <Problems title={m.errorTitle} state={p.state} form="organisation" />
        <Field form="organisation" name="name" label={m.newName} state={p.state} />
        <p>
          <label for="organisation-kind">{m.newKind}</label>
          <br />
          <select id="organisation-kind" name="kind">
            {ORGANISATION_KINDS.map((k) => (
              <option value={k} selected={kind === k}>
                {m.kinds[k]}
              </option>
            ))}
          </select>
        </p>
        <Field form="organisation" name="website" label={m.newWebsite} type="url" state={p.state} />
        <button type="submit">{m.register}</button>
      </form>
    </section>
  );
}

export function StatementsView(
  p: ViewBase & {
    statements: StatementListRows;
    organisations: Organisation[];
    own: Named[];
    mayRegister: boolean;
    today: string;
    state?: FormState;
  },
) {
  const m = statementMessages[p.lang];
  const count = (n: unknown) => Number(n ?? 0);
  return (
    <>
      <p>{m.intro}</p>
      <p>
        <a href="/watch/statements.atom">{m.feed}</a>
      </p>
      {p.statements.length === 0 ? <p>{m.none}</p> : null}
      <ul class="statements">
        {p.statements.map((s) => (
          <li>
            <a href={`/watch/statements/${s.id}`}>{s.title}</a>
            {s.is_demo ? <span class="muted"> ({m.demo})</span> : null}
            <br />
            {m.publisher} {s.publisher} · {dateOf(p, s.published_on)} ·{' '}
            {m.signatoryCount(count(s.signatories), formatNumber(count(s.signatories), p.lang, p.digits))} ·{' '}
            {m.supporterCount(count(s.supporters), formatNumber(count(s.supporters), p.lang, p.digits))}
          </li>
        ))}
      </ul>
      {p.own.length > 0 ? (
        <section>
          <h2>{m.editTitle}</h2>
          <h3>{m.publish}</h3>
          <OrganisationForm
            v={p}
            m={m}
            form="publish"
            action="/watch/statements"
            label={m.chooseOrganisation}
            own={p.own}
            submit={m.save}
          >
            <Field form="publish" name="title" label={m.statementTitle} state={p.state} />
            <Field form="publish" name="body" label={m.body} state={p.state} area />
            <DayField v={p} form="publish" name="publishedOn" label={m.publishedOn} />
          </OrganisationForm>
        </section>
      ) : null}
      {p.mayRegister ? <RegisterOrganisation {...p} m={m} /> : null}
    </>
  );
}

/** After a code was asked for: the request it answers (never in the address) and the code to type. */
export interface SupportStep {
  request: string;
  channel: 'sms' | 'email';
}

function Support(
  p: ViewBase & {
    m: StatementMessages;
    statementId: number;
    support: { count: number; names: string[] };
    step?: SupportStep;
    state?: FormState;
  },
) {
  const { m } = p;
  const action = `/watch/statements/${p.statementId}/support`;
  return (
    <section id="support">
      <h2>{m.supportTitle}</h2>
      <p>
        <strong>{m.supporterCount(p.support.count, formatNumber(p.support.count, p.lang, p.digits))}</strong>
      </p>
      {p.support.names.length > 0 ? (
        <>
          <p>{m.supportNames}</p>
          <ul>
            {p.support.names.map((n) => (
              <li>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{m.supportIntro}</p>
      {p.step ? (
        <form method="post" action={`${action}/confirm`}>
          <CsrfField token={p.csrfToken} />
          <p role="status">{m.codeSent(p.step.channel)}</p>
          <Problems title={m.errorTitle} state={p.state} form="confirm" />
          <input type="hidden" name="request" value={p.step.request} />
          <input type="hidden" name="channel" value={p.step.channel} />
          <p>
            <label for="confirm-code">{m.code}</label>
            <br />
            <input
              id="confirm-code"
              name="code"
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength={6}
            />
          </p>
          <button type="submit">{m.confirm}</button>
        </form>
      ) : (
        <form method="post" action={action}>
          <CsrfField token={p.csrfToken} />
          <Problems title={m.errorTitle} state={p.state} form="support" />
          <Field form="support" name="contact" label={m.contact} state={p.state} />
          <Field form="support" name="name" label={m.supporterName} state={p.state} />
          <p>
            <input
              type="checkbox"
              id="support-showName"
              name="showName"
              value="yes"
              checked={refilled(p.state, 'support', 'showName') === 'yes'}
            />{' '}
            <label for="support-showName">{m.showName}</label>
          </p>
          <button type="submit">{m.sendCode}</button>
        </form>
      )}
    </section>
  );
}

export function StatementView(
  p: ViewBase & {
    statement: {
      id: number;
      organisation_id: number;
      title: string;
      body: string;
      published_on: string;
      publisher: string;
      is_demo: number;
    };
    signatures: SignatureRows;
    onBehalf: number;
    support: { count: number; names: string[] };
    own: Named[];
    today: string;
    notice?: string;
    supportStep?: SupportStep;
    state?: FormState;
  },
) {
  const m = statementMessages[p.lang];
  const signedIds = new Set(p.signatures.map((s) => s.id));
  const mayWithdraw = p.own.filter((o) => signedIds.has(o.id) && o.id !== p.statement.organisation_id);
  const maySign = p.own.filter((o) => !signedIds.has(o.id));
  // A refusal whose form is no longer offered (signed already, no more tries) is told at the top.
  const offered = new Set([
    ...(maySign.length > 0 ? ['sign'] : []),
    ...(mayWithdraw.length > 0 ? ['withdraw'] : []),
    p.supportStep ? 'confirm' : 'support',
  ]);
  return (
    <>
      <p>
        <a href="/watch/statements">{m.title}</a>
      </p>
      {p.notice ? (
        <p class="notice" role="status">
          {p.notice}
        </p>
      ) : null}
      {p.state && !offered.has(p.state.form) ? (
        <Problems title={m.errorTitle} state={p.state} form={p.state.form} />
      ) : null}
      <p>
        {m.publisher} {p.statement.publisher} · {m.publishedOn} {dateOf(p, p.statement.published_on)}
        {p.statement.is_demo ? <span class="muted"> ({m.demo})</span> : null}
      </p>
      {p.statement.body.split(/\n\s*\n/).map((para) => (
        <p>{para}</p>
      ))}
      <h2>{m.signatories}</h2>
      <table>
        <ColumnHeads columns={[m.organisation, m.kind, m.signedOn]} />
        <tbody>
          {p.signatures.map((s) => (
            <tr>
              <td>{s.website ? <ExternalLink href={s.website}>{s.name}</ExternalLink> : s.name}</td>
              <td>{m.kinds[s.kind]}</td>
              <td>{dateOf(p, s.signed_on)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.onBehalf > 0 ? <p class="muted">{m.onBehalf(formatNumber(p.onBehalf, p.lang, p.digits))}</p> : null}
      {maySign.length > 0 ? (
        <section>
          <h2>{m.sign}</h2>
          <OrganisationForm
            v={p}
            m={m}
            form="sign"
            action={`/watch/statements/${p.statement.id}/signatures`}
            label={m.signAs}
            own={maySign}
            submit={m.sign}
          >
            <DayField v={p} form="sign" name="signedOn" label={m.signedOn} />
          </OrganisationForm>
        </section>
      ) : null}
      {mayWithdraw.length > 0 ? (
        <section>
          <h2>{m.withdraw}</h2>
          <OrganisationForm
            v={p}
            m={m}
            form="withdraw"
            action={`/watch/statements/${p.statement.id}/signatures/withdraw`}
            label={m.withdrawAs}
            own={mayWithdraw}
            submit={m.withdraw}
          />
        </section>
      ) : null}
      <Support
        {...p}
        m={m}
        statementId={p.statement.id}
        support={p.support}
        step={p.supportStep}
        state={p.state}
      />
    </>
  );
}
