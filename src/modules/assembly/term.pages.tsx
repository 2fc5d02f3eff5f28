// Views of the Assembly's term: the secretariat's page recording deposals of the government, a dissolution
// and states of emergency; and the lines the public sessions page shows about them, with their articles.

import type { Ctx } from '../../platform/http/types';
import { dateInputHint } from '../../platform/i18n/date-input';
import { renderPage } from '../../web/page';
import { citation } from './procedure/articles.rules';
import {
  afterDissolution,
  dissolutionOf,
  emergencyDaysWithoutSitting,
  type TermEvent,
} from './procedure/term.rules';
import { Article, type Failed, FormSection, failedForm, formFields, texts } from './records.parts.pages';

export interface TermRow {
  id: number;
  kind: TermEvent['kind'];
  starts_on: string;
  ends_on: string | null;
  is_demo: number;
}

export interface TermData {
  legislature: { id: number; number: number } | undefined;
  events: TermRow[];
}

const asEvents = (rows: readonly TermRow[]): TermEvent[] =>
  rows.map((r) => ({ kind: r.kind, startsOn: r.starts_on, endsOn: r.ends_on }));

/** The secretariat's page of the term: what is recorded, and a form for each kind of event. */
export function termView(c: Ctx, data: TermData, failed?: Failed) {
  const { lang, digits, m, n, date } = texts(c);
  if (!data.legislature) return renderPage(c, m.termTitle, <p>{m.noLegislature}</p>);
  const { legislature, events } = data;
  const { posted, refusals } = failedForm(failed);
  const fields = (form: string) => formFields(form, posted(form), dateInputHint(lang, digits));
  /** A form of one term event: the legislature and the event's day. */
  const eventForm = (form: string, title: string, path: string) => (
    <FormSection
      c={c}
      id={form}
      title={title}
      action={`/secretariat/assembly/term/${path}`}
      refusals={refusals(form)}
    >
      <input type="hidden" name="legislatureId" value={String(legislature.id)} />
      {fields(form).date('on', m.on, { required: true })}
    </FormSection>
  );
  return renderPage(
    c,
    m.termTitle,
    <>
      <p>
        <a href="/secretariat/assembly">{m.secretariatTitle}</a> · {m.legislature(n(legislature.number))}
      </p>
      {c.req.query('saved') === '1' && !failed ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      <h2>{m.termEvents}</h2>
      {events.length === 0 ? <p>{m.noTermEvents}</p> : null}
      <ul>
        {events.map((e) => (
          <li>
            {m.termKinds[e.kind]}: {date(e.starts_on)}
            {e.kind === 'emergency' ? (e.ends_on ? ` – ${date(e.ends_on)}` : ` (${m.inForce})`) : ''}
            {e.is_demo ? <span class="muted"> ({m.demo})</span> : null}
          </li>
        ))}
      </ul>
      <TermLines c={c} events={events} sittingDays={new Set()} today="" />
      {eventForm('deposal', m.recordDeposal, 'deposals')}
      <Article refs="78.2" lang={lang} digits={digits} />
      <Article refs="78.3" lang={lang} digits={digits} />
      {eventForm('dissolution', m.recordDissolution, 'dissolution')}
      <Article refs="86.1" lang={lang} digits={digits} />
      <Article refs="86.3" lang={lang} digits={digits} />
      {eventForm('emergency', m.declareEmergency, 'emergencies')}
      {events
        .filter((e) => e.kind === 'emergency' && e.ends_on === null)
        .map((e) => (
          <FormSection
            c={c}
            id={`emergency-end-${e.id}`}
            title={`${m.endEmergency} (${date(e.starts_on)})`}
            action={`/secretariat/assembly/term/emergencies/${e.id}/end`}
            refusals={refusals(`emergency-end-${e.id}`)}
          >
            {fields(`emergency-end-${e.id}`).date('endsOn', m.endsOn, {
              id: `emergency-end-${e.id}-on`,
              required: true,
            })}
          </FormSection>
        ))}
      <p>
        <a href="/assembly/sessions">{m.sessionsTitle}</a> ({citation('83.1–2', lang, digits)})
      </p>
    </>,
    failed ? 422 : 200,
  );
}

/**
 * What the term's events mean for the calendar: the dissolution with the latest election day (Art. 78.3) and
 * the new Assembly's latest first session (82.1); each state of emergency, and, when `today` is given, the days
 * of one without a sitting (86.1).
 */
export function TermLines(props: {
  c: Ctx;
  events: readonly TermRow[];
  sittingDays: ReadonlySet<string>;
  today: string;
}) {
  const { lang, digits, m, n, date } = texts(props.c);
  const events = asEvents(props.events);
  const dissolution = dissolutionOf(events);
  const after = dissolution ? afterDissolution(dissolution.startsOn) : undefined;
  const missing = props.today
    ? emergencyDaysWithoutSitting(events, props.sittingDays, props.today)
    : undefined;
  const cite = (a: Parameters<typeof citation>[0]) => citation(a, lang, digits);
  return (
    <>
      {after ? (
        <div class="alert" role="status">
          <p>
            <strong>{m.dissolvedOn(date(after.dissolvedOn))}</strong> ({cite('78.2')})
          </p>
          <p>
            {m.electionBy(date(after.electionBy.on))} ({cite(after.electionBy.article)});{' '}
            {m.firstSessionBy(date(after.firstSessionBy.on))} ({cite(after.firstSessionBy.article)}).
          </p>
        </div>
      ) : null}
      {events
        .filter((e) => e.kind === 'emergency')
        .map((e) => (
          <p>
            <strong>
              {e.endsOn === null
                ? m.emergencySince(date(e.startsOn))
                : m.emergencyFromTo(date(e.startsOn), date(e.endsOn))}
            </strong>{' '}
            ({cite('86.1')}, {cite('86.3')})
          </p>
        ))}
      {missing && missing.days.length > 0 ? (
        <div class="alert" role="status">
          <p>
            {m.emergencyDaysMissing} ({cite(missing.article)}):
          </p>
          <ul>
            {missing.days.map((d) => (
              <li>{date(d)}</li>
            ))}
            {missing.more > 0 ? <li>{m.andMore(n(missing.more))}</li> : null}
          </ul>
        </div>
      ) : null}
    </>
  );
}
