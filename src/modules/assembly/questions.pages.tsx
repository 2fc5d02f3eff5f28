// Views of questions to the government: the public list and page of each question, and the secretariat's
// forms to record a question and its answer (Art. 96). Pure: questions.routes.tsx loads what they show.
import type { Ctx } from '../../platform/http/types';
import { formatDate, formatNumber, formatRecordNumber } from '../../platform/i18n/i18n';
import { TableBox } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import { renderPage } from '../../web/page';
import { mayKeepRecords } from './assembly.policy';
import { ARTICLES, citation } from './procedure/articles.rules';
import type { QuestionStatus } from './questions.rules';
import { type QuestionsLawsMessages, questionsLawsMessages } from './questions-laws.messages';
import {
  CheckField,
  DayField,
  type FieldProblem,
  many,
  one,
  type Posted,
  ProblemList,
  SelectField,
  TextField,
} from './questions-laws-forms.pages';
import type {
  AddresseeRows,
  InitiatorRow,
  MemberChoiceRows,
  MinistryRows,
  QuestionListRows,
  QuestionRow,
} from './records.rows';

export const STATUSES: QuestionStatus[] = ['overdue', 'awaiting', 'answered_on_time', 'answered_late'];

function ArticleNote({ c }: { c: Ctx }) {
  const lang = c.get('lang');
  return (
    <p class="muted">
      <strong>{citation('96', lang, c.get('digits'))}</strong> — {ARTICLES['96'][lang]}
    </p>
  );
}

/** The list as its handler loads it: each question with its status on today's Phnom Penh day. */
export interface QuestionList {
  status: QuestionStatus | undefined;
  overdue: number;
  shown: (QuestionListRows[number] & { status: QuestionStatus })[];
  addressees: AddresseeRows;
}

export function questionsListView(c: Ctx, { status, overdue, shown, addressees }: QuestionList) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = questionsLawsMessages[lang];
  const date = (d: string | null) => (d ? formatDate(d, lang, digits) : '—');
  return renderPage(
    c,
    m.questionsTitle,
    <>
      <p>{m.questionsIntro}</p>
      <ArticleNote c={c} />
      {mayKeepRecords(c.get('user')) ? (
        <p>
          <a href="/secretariat/assembly/questions/new">{m.recordQuestion}</a> ·{' '}
          <a href="/secretariat/assembly/ministries">{m.manageMinistries}</a>
        </p>
      ) : null}
      {overdue > 0 ? (
        <p class="alert" role="status">
          <a href="/assembly/questions?status=overdue">
            {m.overdueCount(overdue, formatNumber(overdue, lang, digits))}
          </a>
        </p>
      ) : null}
      <form method="get" action="/assembly/questions" class="filters">
        <label for="status">{m.filterStatus}</label>{' '}
        <select id="status" name="status">
          <option value="">{m.all}</option>
          {STATUSES.map((s) => (
            <option value={s} selected={s === status}>
              {m.status[s]}
            </option>
          ))}
        </select>{' '}
        <button type="submit">{m.show}</button>
      </form>
      {shown.length === 0 ? (
        <p>{m.noQuestions}</p>
      ) : (
        <TableBox label={m.questionsTitle}>
          <table>
            <thead>
              <tr>
                <th scope="col">{m.subject}</th>
                <th scope="col">{m.asker}</th>
                <th scope="col">{m.addressedTo}</th>
                <th scope="col">{m.received}</th>
                <th scope="col">{m.due}</th>
                <th scope="col">{m.filterStatus}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((q) => (
                <tr>
                  <td>
                    <a href={`/assembly/questions/${q.id}`}>{q.subject}</a>
                    {q.is_demo ? <span class="muted"> ({m.demo})</span> : null}
                  </td>
                  <td>{lang === 'km' ? q.name_km : q.name_en}</td>
                  <td>
                    {addressees
                      .filter((a) => a.question_id === q.id)
                      .map((a) => (lang === 'km' ? a.name_km : a.name_en))
                      .join('; ')}
                  </td>
                  <td>{date(q.received_on)}</td>
                  <td>{date(q.due_on)}</td>
                  <td>
                    <StatusLabel status={q.status} m={m} />
                    {q.answered_on ? ` (${date(q.answered_on)})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
      <p class="muted">{formatNumber(shown.length, lang, digits)}</p>
    </>,
  );
}

function StatusLabel({ status, m }: { status: QuestionStatus; m: QuestionsLawsMessages }) {
  return status === 'overdue' ? <strong class="overdue">{m.status[status]}</strong> : m.status[status];
}

/** One question as its handler loads it, with its status on today's Phnom Penh day. */
export interface QuestionData {
  question: QuestionRow;
  asker: InitiatorRow;
  addressees: AddresseeRows;
  status: QuestionStatus;
}

export function questionView(
  c: Ctx,
  { question, asker, addressees, status }: QuestionData,
  problems: FieldProblem[] = [],
  posted?: Posted,
) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = questionsLawsMessages[lang];
  const date = (d: string) => formatDate(d, lang, digits);
  const canRecord = mayKeepRecords(c.get('user')) && !question.answered_on;
  return renderPage(
    c,
    m.questionTitle(formatRecordNumber(question.id, lang, digits)),
    <>
      <p>
        <a href="/assembly/questions">{m.questionsTitle}</a>
      </p>
      {c.req.query('saved') === '1' && problems.length === 0 ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      <h2>{question.subject}</h2>
      {question.is_demo ? <p class="muted">({m.demo})</p> : null}
      <dl>
        <dt>{m.asker}</dt>
        <dd>
          {asker ? (
            <a href={`/assembly/members/${asker.person_id}`}>
              {lang === 'km' ? asker.name_km : asker.name_en}
            </a>
          ) : (
            '—'
          )}
        </dd>
        <dt>{m.addressedTo}</dt>
        <dd>
          <ul>
            {addressees.map((a) => (
              <li>
                {lang === 'km' ? a.name_km : a.name_en}
                {a.minister_name ? ` — ${m.minister}: ${a.minister_name}` : ''}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{m.received}</dt>
        <dd>{date(question.received_on)}</dd>
        <dt>{m.due}</dt>
        <dd>
          {date(question.due_on)} <span class="muted">({citation('96', lang, digits)})</span>
        </dd>
        <dt>{m.filterStatus}</dt>
        <dd>
          <StatusLabel status={status} m={m} />
        </dd>
      </dl>
      <h3>{m.body}</h3>
      <p style="white-space:pre-wrap">{question.body}</p>
      {question.answered_on ? (
        <>
          <h3>{m.answer}</h3>
          <p>
            {m.answerKind[question.answer_kind ?? 'written']}, {date(question.answered_on)}
          </p>
          <p style="white-space:pre-wrap">{question.answer_summary}</p>
          {question.answer_signer_name ? (
            <p>{m.signedBy(question.answer_signer_name, question.answer_signer_post ?? '')}</p>
          ) : null}
          {question.answer_letter_name ? (
            <p>
              <a href={`/assembly/questions/${question.id}/files/letter`}>{m.signedLetter}</a>
            </p>
          ) : null}
          {question.answer_kind === 'oral' ? (
            <p>{question.debate_opened ? m.debateOpened : m.noDebate}</p>
          ) : null}
        </>
      ) : null}
      <ArticleNote c={c} />
      {canRecord ? (
        <section>
          <h3>{m.recordAnswer}</h3>
          <ProblemList problems={problems} m={m} />
          <form method="post" action={`/secretariat/assembly/questions/${question.id}/answer`}>
            <CsrfField token={c.get('csrfToken')} />
            <SelectField
              id="kind"
              name="kind"
              label={m.kind}
              placeholder=""
              options={[
                { value: 'written', label: m.answerKind.written },
                { value: 'oral', label: m.answerKind.oral },
              ]}
              posted={posted}
            />
            <DayField c={c} name="answeredOn" label={m.answeredOn} posted={posted} />
            <TextField
              id="summary"
              name="summary"
              label={m.summary}
              multiline
              required
              maxlength={4000}
              posted={posted}
            />
            <CheckField id="debateOpened" name="debateOpened" label={m.debateQuestion} posted={posted} />
            <button type="submit">{m.save}</button>
          </form>
        </section>
      ) : null}
    </>,
    problems.length > 0 ? 422 : 200,
  );
}

export function newQuestionView(
  c: Ctx,
  { members, ministries }: { members: MemberChoiceRows; ministries: MinistryRows },
  problems: FieldProblem[] = [],
  posted?: Posted,
) {
  const lang = c.get('lang');
  const m = questionsLawsMessages[lang];
  const chosen = posted ? many(posted, 'ministries') : [];
  return renderPage(
    c,
    m.recordQuestion,
    <>
      <p>
        <a href="/assembly/questions">{m.questionsTitle}</a>
      </p>
      <ArticleNote c={c} />
      <ProblemList problems={problems} m={m} />
      <form method="post" action="/secretariat/assembly/questions">
        <CsrfField token={c.get('csrfToken')} />
        <SelectField
          id="membershipId"
          name="membershipId"
          label={m.member}
          placeholder={m.chooseMember}
          options={members.map((r) => ({
            value: String(r.id),
            label: `${lang === 'km' ? r.name_km : r.name_en} (${r.province_code}, ${formatRecordNumber(r.legislature, lang, c.get('digits'))})`,
          }))}
          posted={posted}
        />
        <DayField c={c} name="receivedOn" label={m.receivedOn} posted={posted} />
        <fieldset>
          <legend>{m.ministries}</legend>
          {ministries.map((mi) => (
            <p>
              <label>
                <input
                  type="checkbox"
                  name="ministries"
                  value={mi.code}
                  checked={chosen.includes(mi.code)}
                  style="width:auto"
                />{' '}
                {lang === 'km' ? mi.name_km : mi.name_en}
              </label>
              <br />
              <label for={`minister-${mi.code}`} class="muted">
                {m.ministerName(lang === 'km' ? mi.name_km : mi.name_en)}
              </label>
              <input
                id={`minister-${mi.code}`}
                name={`minister-${mi.code}`}
                maxlength={200}
                value={posted ? one(posted, `minister-${mi.code}`) : ''}
              />
            </p>
          ))}
        </fieldset>
        <TextField id="subject" name="subject" label={m.subject} required maxlength={300} posted={posted} />
        <TextField id="body" name="body" label={m.body} multiline required maxlength={8000} posted={posted} />
        <button type="submit">{m.save}</button>
      </form>
    </>,
    problems.length > 0 ? 422 : 200,
  );
}
