// Questions to the government: the public list and page of each question, and the secretariat's forms to
// record a question and its answer (Art. 96). Handlers: they load what the views show and run the commands.
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { parseId, pathId } from '../../platform/http/path-params';
import type { Ctx } from '../../platform/http/types';
import {
  DOCUMENT_TYPES,
  readScannedFile,
  SCANNED_EXTENSION,
  sniffScannedType,
} from '../../platform/uploads/scanned-files';
import { renderErrorPage } from '../../web/page';
import {
  answerInputSchema,
  QUESTION_LETTERS_FOLDER,
  questionInputSchema,
  recordAnswer,
  recordQuestion,
} from './questions.commands';
import { newQuestionView, questionsListView, questionView, STATUSES } from './questions.pages';
import { questionStatus } from './questions.rules';
import {
  addresseesOf,
  askerOf,
  findQuestion,
  listMinistries,
  listQuestions,
  membershipChoices,
} from './questions-laws.queries';
import {
  type FieldProblem,
  many,
  one,
  type Posted,
  postedOf,
  problemsOf,
} from './questions-laws-forms.pages';
import { actorOf } from './records-submit.routes';

/** The newest questions a list shows; a legislature's questions fit well inside it. */
const LIST_LIMIT = 500;

export async function questionsListPage(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const wanted = c.req.query('status');
  const status = STATUSES.find((s) => s === wanted);
  const personId = parseId(c.req.query('member'));
  const ministry = c.req.query('ministry');
  const today = phnomPenhDate(new Date());
  const rows = await listQuestions(db, {
    limit: LIST_LIMIT,
    ...(personId ? { personId } : {}),
    ...(ministry && ministry.length <= 40 ? { ministry } : {}),
  });
  const withStatus = rows.map((r) => ({ ...r, status: questionStatus(r, today) }));
  const overdue = withStatus.filter((r) => r.status === 'overdue').length;
  const shown = status ? withStatus.filter((r) => r.status === status) : withStatus;
  const addressees = await addresseesOf(
    db,
    shown.map((r) => r.id),
  );
  return questionsListView(c, { status, overdue, shown, addressees });
}

async function questionPageWith(c: Ctx, problems: FieldProblem[] = [], posted?: Posted) {
  const db = c.get('deps').db.kysely;
  const id = pathId(c);
  const question = id ? await findQuestion(db, id) : undefined;
  if (!question) return renderErrorPage(c, 'notFound');
  const [asker, addressees] = await Promise.all([
    askerOf(db, question.membership_id),
    addresseesOf(db, [question.id]),
  ]);
  const status = questionStatus(question, phnomPenhDate(new Date()));
  return questionView(c, { question, asker, addressees, status }, problems, posted);
}

export const questionPage = (c: Ctx) => questionPageWith(c);

/**
 * GET /assembly/questions/:id/files/letter — the letter a ministry signed to answer the question: a public record
 * like the answer itself (an official's letter to the Assembly, nothing of a citizen). Sent as the type its
 * bytes prove, as a download, never sniffed into HTML by the browser.
 */
export async function questionLetter(c: Ctx) {
  const id = pathId(c);
  const question = id ? await findQuestion(c.get('deps').db.kysely, id) : undefined;
  const name = question?.answer_letter_name;
  const bytes = name ? await readScannedFile(QUESTION_LETTERS_FOLDER, name) : null;
  const type = bytes ? sniffScannedType(bytes) : null;
  if (!question || !bytes || !type || !DOCUMENT_TYPES.includes(type)) return renderErrorPage(c, 'notFound');
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="question-${question.id}-letter.${SCANNED_EXTENSION[type]}"`,
      'content-security-policy': "default-src 'none'; sandbox",
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=3600',
    },
  });
}

export async function answerSubmit(c: Ctx) {
  const posted = postedOf(await c.req.parseBody());
  const id = pathId(c);
  if (!id) return renderErrorPage(c, 'notFound');
  const parsed = answerInputSchema.safeParse({
    kind: one(posted, 'kind') || undefined,
    answeredOn: one(posted, 'answeredOn'),
    summary: one(posted, 'summary'),
    debateOpened: one(posted, 'debateOpened') === '1',
  });
  if (!parsed.success) return questionPageWith(c, problemsOf(parsed.error), posted);
  const result = await recordAnswer(c.get('deps').db, actorOf(c), id, parsed.data);
  if (!result.ok) {
    if (result.error === 'not-found') return renderErrorPage(c, 'notFound');
    return questionPageWith(c, [{ field: '', code: result.error }], posted);
  }
  return c.redirect(`/assembly/questions/${id}?saved=1`, 303);
}

async function newQuestionForm(c: Ctx, problems: FieldProblem[] = [], posted?: Posted) {
  const db = c.get('deps').db.kysely;
  const [members, ministries] = await Promise.all([membershipChoices(db), listMinistries(db)]);
  return newQuestionView(c, { members, ministries }, problems, posted);
}

export const newQuestionPage = (c: Ctx) => newQuestionForm(c);

export async function questionSubmit(c: Ctx) {
  const posted = postedOf(await c.req.parseBody({ all: true }));
  const ministries = many(posted, 'ministries');
  const parsed = questionInputSchema.safeParse({
    membershipId: one(posted, 'membershipId') || undefined,
    receivedOn: one(posted, 'receivedOn'),
    ministries,
    ministerNames: ministries.map((code) => one(posted, `minister-${code}`)),
    subject: one(posted, 'subject'),
    body: one(posted, 'body'),
  });
  if (!parsed.success) return newQuestionForm(c, problemsOf(parsed.error), posted);
  const result = await recordQuestion(c.get('deps').db, actorOf(c), parsed.data, new Date());
  if (!result.ok) return newQuestionForm(c, [{ field: '', code: result.error }], posted);
  return c.redirect(`/assembly/questions/${result.value.id}?saved=1`, 303);
}
