// Views of a ministry's office: its work list (questions and concerns, overdue first) and the answer form.
import type { Child } from 'hono/jsx';
import { type Digits, formatCalendarDate, type Lang } from '../../platform/i18n/i18n';
import { DataTable } from '../../web/data-table';
import { ErrorSummary, Field, fieldAria } from '../../web/form';
import { CsrfField } from '../../web/layout';
import { type MinistryMessages, ministryMessages } from './ministry.messages';

export interface ItemState {
  due: string | null;
  answered: boolean;
  answeredOn: string | null;
  overdue: boolean;
}
export interface QuestionItem extends ItemState {
  id: number;
  subject: string;
  receivedOn: string;
}
export interface CaseItem extends ItemState {
  trackingCode: string;
  topic: string;
  place: string;
  forwardedOn: string | null;
}

interface Common {
  lang: Lang;
  digits: Digits;
}

function State({ item, m, day }: { item: ItemState; m: MinistryMessages; day: (d: string) => string }) {
  if (item.answered) return <>{item.answeredOn ? m.answeredOn(day(item.answeredOn)) : m.answered}</>;
  if (item.overdue) return <strong class="overdue">{m.overdue}</strong>;
  return <>{m.open}</>;
}

/** One work list under its heading: its own columns, then the state every item of a ministry has. */
function WorkList<T extends ItemState>(p: {
  id: string;
  title: string;
  empty: string;
  heads: string[];
  items: T[];
  cells: (item: T) => Child[];
  m: MinistryMessages;
  day: (d: string) => string;
}) {
  return (
    <>
      <h2 id={p.id}>{p.title}</h2>
      {p.items.length === 0 ? (
        <p>{p.empty}</p>
      ) : (
        <DataTable labelledby={p.id}>
          <thead>
            <tr>
              {[...p.heads, p.m.state].map((head) => (
                <th scope="col">{head}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.items.map((item) => (
              <tr>
                {p.cells(item).map((cell) => (
                  <td>{cell}</td>
                ))}
                <td>
                  <State item={item} m={p.m} day={p.day} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}

export function MinistryHome(
  p: Common & { ministryName: string; questions: QuestionItem[]; cases: CaseItem[]; notice?: string },
) {
  const m = ministryMessages[p.lang];
  const day = (d: string) => formatCalendarDate(d, p.lang, p.digits);
  return (
    <>
      {p.notice ? (
        <p class="notice" role="status">
          {p.notice}
        </p>
      ) : null}
      <p>{m.intro(p.ministryName)}</p>
      <WorkList
        id="questions"
        title={m.questionsTitle}
        empty={m.noQuestions}
        heads={[m.subject, m.received, m.due]}
        items={p.questions}
        cells={(q) => [
          <a href={`/ministry/questions/${q.id}`}>{q.subject}</a>,
          day(q.receivedOn),
          q.due ? day(q.due) : '',
        ]}
        m={m}
        day={day}
      />
      <WorkList
        id="cases"
        title={m.casesTitle}
        empty={m.noCases}
        heads={[m.concern, m.topic, m.place, m.forwarded, m.due]}
        items={p.cases}
        cells={(c) => [
          <a href={`/ministry/cases/${c.trackingCode}`}>{c.trackingCode}</a>,
          c.topic,
          c.place,
          c.forwardedOn ? day(c.forwardedOn) : '',
          c.due ? day(c.due) : '',
        ]}
        m={m}
        day={day}
      />
    </>
  );
}

export type AnswerField = 'answer' | 'signerName' | 'signerPost' | 'letter';
export interface AnswerFormState {
  values: Partial<Record<Exclude<AnswerField, 'letter'>, string>>;
  errors: Partial<Record<AnswerField, keyof MinistryMessages['errors']>>;
}

/** Who signed the answer, and the signed letter: what every answer of a ministry carries. */
function SignerAndLetter(p: {
  m: MinistryMessages;
  values: AnswerFormState['values'];
  err: (f: AnswerField) => string | undefined;
  aria: (f: AnswerField, hint: boolean) => ReturnType<typeof fieldAria>;
}) {
  const signer = (f: 'signerName' | 'signerPost', label: string, hint?: string) => (
    <Field id={f} label={label} hint={hint} error={p.err(f)}>
      <input
        id={f}
        name={f}
        required
        maxlength={200}
        value={p.values[f] ?? ''}
        {...p.aria(f, hint !== undefined)}
      />
    </Field>
  );
  return (
    <>
      {signer('signerName', p.m.signerName)}
      {signer('signerPost', p.m.signerPost, p.m.signerPostHint)}
      <Field id="letter" label={p.m.letter} hint={p.m.letterHint} error={p.err('letter')}>
        <input
          id="letter"
          name="letter"
          type="file"
          required
          accept="application/pdf,image/jpeg,image/png"
          {...p.aria('letter', true)}
        />
      </Field>
    </>
  );
}

function AnswerForm(
  p: Common & { action: string; csrfToken: string; hint: string; failed?: AnswerFormState },
) {
  const m = ministryMessages[p.lang];
  const errors = p.failed?.errors ?? {};
  const values = p.failed?.values ?? {};
  const err = (f: AnswerField) => (errors[f] ? m.errors[errors[f]] : undefined);
  const aria = (f: AnswerField, hint: boolean) => fieldAria(f, hint, errors[f]);
  const fields: AnswerField[] = ['answer', 'signerName', 'signerPost', 'letter'];
  const labels: Record<AnswerField, string> = {
    answer: m.answer,
    signerName: m.signerName,
    signerPost: m.signerPost,
    letter: m.letter,
  };
  return (
    <form method="post" action={p.action} enctype="multipart/form-data">
      <h2>{m.answerTitle}</h2>
      <ErrorSummary
        title={p.failed ? m.errorSummary : undefined}
        items={fields
          .filter((f) => errors[f])
          .map((f) => (
            <a href={`#${f}`}>
              {labels[f]}: {err(f)}
            </a>
          ))}
      />
      <CsrfField token={p.csrfToken} />
      <Field id="answer" label={m.answer} hint={p.hint} error={err('answer')}>
        <textarea id="answer" name="answer" rows={6} required maxlength={4000} {...aria('answer', true)}>
          {values.answer ?? ''}
        </textarea>
      </Field>
      <SignerAndLetter m={m} values={values} err={err} aria={aria} />
      <p>
        <button type="submit">{m.submit}</button>
      </p>
    </form>
  );
}

/** What a ministry answered already, with its signer. */
function GivenAnswer(p: { m: MinistryMessages; answer: string; signer?: { name: string; post: string } }) {
  return (
    <section>
      <h2>{p.m.theAnswer}</h2>
      <p class="prewrap">{p.answer}</p>
      {p.signer ? <p>{p.m.signedBy(p.signer.name, p.signer.post)}</p> : null}
    </section>
  );
}

export interface ItemPageProps extends Common {
  csrfToken: string;
  failed?: AnswerFormState;
  refusal?: string;
  /** The item no longer waits for this ministry: no form. */
  closed?: boolean;
  given?: { answer: string; signer?: { name: string; post: string } };
}

function ItemPage(
  p: ItemPageProps & {
    facts: [string, Child][];
    body: string;
    bodyLabel: string;
    action: string;
    hint: string;
  },
) {
  const m = ministryMessages[p.lang];
  return (
    <>
      <p>
        <a href="/ministry">{m.back}</a>
      </p>
      {p.refusal ? (
        <p class="alert" role="alert">
          {p.refusal}
        </p>
      ) : null}
      <dl>
        {p.facts.map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </>
        ))}
      </dl>
      <h2>{p.bodyLabel}</h2>
      <p class="prewrap">{p.body}</p>
      {p.given ? (
        <GivenAnswer m={m} answer={p.given.answer} signer={p.given.signer} />
      ) : p.closed ? null : (
        <AnswerForm
          lang={p.lang}
          digits={p.digits}
          action={p.action}
          csrfToken={p.csrfToken}
          hint={p.hint}
          failed={p.failed}
        />
      )}
    </>
  );
}

export function QuestionView(
  p: ItemPageProps & { item: QuestionItem; body: string; minister: string | null },
) {
  const m = ministryMessages[p.lang];
  const day = (d: string) => formatCalendarDate(d, p.lang, p.digits);
  return (
    <ItemPage
      {...p}
      facts={[
        [m.received, day(p.item.receivedOn)],
        [m.due, p.item.due ? day(p.item.due) : ''],
        [m.state, <State item={p.item} m={m} day={day} />],
        ...(p.minister ? ([[m.minister, p.minister]] as [string, Child][]) : []),
      ]}
      body={p.body}
      bodyLabel={m.question}
      action={`/ministry/questions/${p.item.id}`}
      hint={m.questionAnswerHint}
    />
  );
}

export function CaseView(p: ItemPageProps & { item: CaseItem; body: string }) {
  const m = ministryMessages[p.lang];
  const day = (d: string) => formatCalendarDate(d, p.lang, p.digits);
  return (
    <ItemPage
      {...p}
      facts={[
        [m.topic, p.item.topic],
        [m.place, p.item.place],
        [m.forwarded, p.item.forwardedOn ? day(p.item.forwardedOn) : ''],
        [m.due, p.item.due ? day(p.item.due) : ''],
        [m.state, <State item={p.item} m={m} day={day} />],
      ]}
      body={p.body}
      bodyLabel={m.theConcern}
      action={`/ministry/cases/${p.item.trackingCode}`}
      hint={m.answerHint}
    />
  );
}
