import { dateInputHint } from '../../platform/i18n/date-input';
// Views of joint statements (the list, one statement with its signatories), with the watchdog's forms.
import { formatDate, formatNumber } from '../../platform/i18n/i18n';
import { CsrfField } from '../../web/layout';
import { ExternalLink, Field, type FormState, Problems, refilled, type ViewBase } from './form-parts.pages';
import { type StatementMessages, statementMessages } from './statements.messages';
import type { listOrganisations, listStatements, signaturesOf } from './statements.queries';
import { ORGANISATION_KINDS } from './watch.table';

type Organisation = Awaited<ReturnType<typeof listOrganisations>>[number];
const dateOf = (v: ViewBase, day: string) => formatDate(`${day}T12:00:00+07:00`, v.lang, v.digits);

/** Choose a listed organisation, or name a new one with its kind and website. */
function OrganisationChoice(p: {
  m: StatementMessages;
  form: string;
  organisations: Organisation[];
  state?: FormState;
}) {
  const chosen = refilled(p.state, p.form, 'organisationId');
  const kind = refilled(p.state, p.form, 'newKind');
  return (
    <fieldset>
      <legend>{p.m.organisation}</legend>
      <p>
        <label for={`${p.form}-organisationId`}>{p.m.chooseOrganisation}</label>
        <br />
        <select id={`${p.form}-organisationId`} name="organisationId">
          <option value="">{p.m.noneChosen}</option>
          {p.organisations.map((o) => (
            <option value={String(o.id)} selected={chosen === String(o.id)}>
              {o.name}
            </option>
          ))}
        </select>
      </p>
      <Field form={p.form} name="newName" label={p.m.newName} state={p.state} />
      <p>
        <label for={`${p.form}-newKind`}>{p.m.newKind}</label>
        <br />
        <select id={`${p.form}-newKind`} name="newKind">
          <option value="">—</option>
          {ORGANISATION_KINDS.map((k) => (
            <option value={k} selected={kind === k}>
              {p.m.kinds[k]}
            </option>
          ))}
        </select>
      </p>
      <Field form={p.form} name="newWebsite" label={p.m.newWebsite} type="url" state={p.state} />
    </fieldset>
  );
}

export function StatementsView(
  p: ViewBase & {
    statements: Awaited<ReturnType<typeof listStatements>>;
    organisations: Organisation[];
    mayEdit: boolean;
    today: string;
    state?: FormState;
  },
) {
  const m = statementMessages[p.lang];
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
            {m.signatoryCount(
              Number(s.signatories ?? 0),
              formatNumber(Number(s.signatories ?? 0), p.lang, p.digits),
            )}
          </li>
        ))}
      </ul>
      {p.mayEdit ? (
        <section>
          <h2>{m.editTitle}</h2>
          <h3>{m.publish}</h3>
          <form method="post" action="/watch/statements">
            <CsrfField token={p.csrfToken} />
            <Problems title={m.errorTitle} state={p.state} form="publish" />
            <OrganisationChoice m={m} form="publish" organisations={p.organisations} state={p.state} />
            <Field form="publish" name="title" label={m.statementTitle} state={p.state} />
            <Field form="publish" name="body" label={m.body} state={p.state} area />
            <Field
              form="publish"
              name="publishedOn"
              label={m.publishedOn}
              type="date"
              hint={dateInputHint(p.lang, p.digits)}
              state={p.state}
              value={p.today}
            />
            <button type="submit">{m.save}</button>
          </form>
        </section>
      ) : null}
    </>
  );
}

export function StatementView(
  p: ViewBase & {
    statement: {
      id: number;
      title: string;
      body: string;
      published_on: string;
      publisher: string;
      is_demo: number;
    };
    signatures: Awaited<ReturnType<typeof signaturesOf>>;
    organisations: Organisation[];
    mayEdit: boolean;
    today: string;
    notice?: string;
    state?: FormState;
  },
) {
  const m = statementMessages[p.lang];
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
      <p>
        {m.publisher} {p.statement.publisher} · {m.publishedOn} {dateOf(p, p.statement.published_on)}
        {p.statement.is_demo ? <span class="muted"> ({m.demo})</span> : null}
      </p>
      {p.statement.body.split(/\n\s*\n/).map((para) => (
        <p>{para}</p>
      ))}
      <h2>{m.signatories}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.organisation}</th>
            <th scope="col">{m.kind}</th>
            <th scope="col">{m.signedOn}</th>
          </tr>
        </thead>
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
      {p.mayEdit ? (
        <section>
          <h2>{m.sign}</h2>
          <form method="post" action={`/watch/statements/${p.statement.id}/signatures`}>
            <CsrfField token={p.csrfToken} />
            <Problems title={m.errorTitle} state={p.state} form="sign" />
            <OrganisationChoice m={m} form="sign" organisations={p.organisations} state={p.state} />
            <Field
              form="sign"
              name="signedOn"
              label={m.signedOn}
              type="date"
              hint={dateInputHint(p.lang, p.digits)}
              state={p.state}
              value={p.today}
            />
            <button type="submit">{m.save}</button>
          </form>
        </section>
      ) : null}
    </>
  );
}
