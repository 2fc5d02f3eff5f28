// Pages of a ministry's office: its work list, and each question or forwarded concern with the answer form
// (multipart: the signed letter is checked by its bytes, stored, and removed again if the answer is refused).
import type { Db } from '../../db/connect';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { pathId } from '../../platform/http/path-params';
import { userOf } from '../../platform/http/signed-in-user';
import type { Ctx, RouteDef } from '../../platform/http/types';
import type { Lang } from '../../platform/i18n/i18n';
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { checkScannedFile, discardScannedFile, storeScannedFile } from '../../platform/uploads/scanned-files';
import { renderErrorPage, renderPage } from '../../web/page';
// A question's letter is kept where the Assembly serves it from; a concern's goes with the case's files.
import { findMinistry, QUESTION_LETTERS_FOLDER, questionStatus, questionsToMinistry } from '../assembly';
import {
  CITIZEN_FILE_MAX_BYTES,
  CITIZEN_FILES_FOLDER,
  caseForwardedToMinistry,
  casesForwardedToMinistry,
  isOverdue,
  type MinistryCase,
  worksInMinistry,
} from '../casework';
import {
  answerCaseForMinistry,
  answerQuestionForMinistry,
  type Letter,
  type MinistryAnswerError,
  ministryAnswerSchema,
} from './ministry.commands';
import { ministryMessages } from './ministry.messages';
import {
  type AnswerField,
  type AnswerFormState,
  type CaseItem,
  CaseView,
  type ItemPageProps,
  MinistryHome,
  type QuestionItem,
  QuestionView,
} from './ministry.pages';
import { MINISTRY_OFFICE, ministryOf } from './ministry.policy';
import { answersOfMinistry } from './ministry.queries';
import { workOrder } from './ministry.rules';

/** Statuses in which the concern waits for the ministry. */
const WAITING = ['forwarded', 'acknowledged', 'awaiting_office'];

const named = (lang: Lang, km: string | null, en: string | null) =>
  (lang === 'km' ? (km ?? en) : (en ?? km)) ?? '';

function questionItem(
  q: Awaited<ReturnType<typeof questionsToMinistry>>[number],
  today: string,
): QuestionItem {
  const status = questionStatus(q, today);
  return {
    id: q.id,
    subject: q.subject,
    receivedOn: q.received_on,
    due: q.due_on,
    answered: q.answered_on !== null,
    answeredOn: q.answered_on,
    overdue: status === 'overdue',
  };
}

function caseItem(row: MinistryCase, lang: Lang, today: string): CaseItem {
  const waiting = WAITING.includes(row.status);
  return {
    trackingCode: row.tracking_code,
    topic: named(lang, row.category_km, row.category_en),
    place: [
      named(lang, row.district_km, row.district_latin),
      named(lang, row.province_km, row.province_latin),
    ]
      .filter(Boolean)
      .join(', '),
    forwardedOn: row.forwarded_at ? phnomPenhDate(new Date(row.forwarded_at)) : null,
    due: row.due_date,
    answered: row.answer !== null && !waiting,
    answeredOn: row.answered_at ? phnomPenhDate(new Date(row.answered_at)) : null,
    overdue: waiting && isOverdue(row, today),
  };
}

async function ministryName(db: Db, code: string, lang: Lang): Promise<string> {
  const ministry = await findMinistry(db.kysely, code);
  return ministry ? named(lang, ministry.name_km, ministry.name_en) : code;
}

/** GET /ministry — the Assembly's questions to the minister and the concerns forwarded, overdue first. */
async function homePage(c: Ctx) {
  const lang = c.get('lang');
  const m = ministryMessages[lang];
  const code = ministryOf(userOf(c));
  if (!code) return renderPage(c, m.title, <p>{m.noMinistry}</p>);
  const db = c.get('deps').db;
  const today = phnomPenhDate(new Date());
  const questions = workOrder(
    (await questionsToMinistry(db.kysely, code)).map((q) => questionItem(q, today)),
  );
  const cases = workOrder(
    (await casesForwardedToMinistry(db.kysely, code)).map((r) => caseItem(r, lang, today)),
  );
  return renderPage(
    c,
    m.title,
    <MinistryHome
      lang={lang}
      digits={c.get('digits')}
      ministryName={await ministryName(db, code, lang)}
      questions={questions}
      cases={cases}
      notice={c.req.query('done') === 'answer' ? m.saved : undefined}
    />,
  );
}

/** The question addressed to this user's ministry, or undefined (another ministry's is not found). */
async function questionFor(c: Ctx) {
  const code = ministryOf(userOf(c));
  const id = pathId(c);
  if (!code || id === undefined) return undefined;
  const question = (await questionsToMinistry(c.get('deps').db.kysely, code)).find((q) => q.id === id);
  return question ? { code, question } : undefined;
}

async function caseFor(c: Ctx) {
  const trackingCode = parseTrackingCode(c.req.param('code') ?? '');
  const row = trackingCode ? await caseForwardedToMinistry(c.get('deps').db.kysely, trackingCode) : undefined;
  return row && worksInMinistry(userOf(c), row) ? row : undefined;
}

function pageProps(c: Ctx, extra: Partial<ItemPageProps>): ItemPageProps {
  return { lang: c.get('lang'), digits: c.get('digits'), csrfToken: c.get('csrfToken'), ...extra };
}

async function signerOf(db: Db, code: string, match: { question?: number; case?: number }) {
  const mine = (await answersOfMinistry(db.kysely, code)).find(
    (a) =>
      (match.question !== undefined && a.question_id === match.question) ||
      (match.case !== undefined && a.case_id === match.case),
  );
  return mine ? { name: mine.signer_name, post: mine.signer_post } : undefined;
}

async function renderQuestion(
  c: Ctx,
  found: NonNullable<Awaited<ReturnType<typeof questionFor>>>,
  extra: Partial<ItemPageProps>,
  status: 200 | 409 | 413 | 422 = 200,
) {
  const { code, question } = found;
  const m = ministryMessages[c.get('lang')];
  const given =
    question.answered_on && question.answer_summary
      ? {
          answer: question.answer_summary,
          signer: await signerOf(c.get('deps').db, code, { question: question.id }),
        }
      : undefined;
  return renderPage(
    c,
    `${m.question}: ${question.subject}`,
    <QuestionView
      {...pageProps(c, { given, ...extra })}
      item={questionItem(question, phnomPenhDate(new Date()))}
      body={question.body}
      minister={question.minister_name}
    />,
    status,
  );
}

async function renderCase(
  c: Ctx,
  row: MinistryCase,
  extra: Partial<ItemPageProps>,
  status: 200 | 409 | 413 | 422 = 200,
) {
  const lang = c.get('lang');
  const m = ministryMessages[lang];
  const waiting = WAITING.includes(row.status);
  const given =
    row.answer !== null && !waiting
      ? {
          answer: row.answer,
          signer: await signerOf(c.get('deps').db, row.ministry_code as string, { case: row.id }),
        }
      : undefined;
  return renderPage(
    c,
    `${m.concern} ${row.tracking_code}`,
    <CaseView
      {...pageProps(c, {
        given,
        closed: !waiting,
        refusal: !waiting && !given ? m.refusals['not-open'] : undefined,
        ...extra,
      })}
      item={caseItem(row, lang, phnomPenhDate(new Date()))}
      body={row.description}
    />,
    status,
  );
}

/** The answer's fields and letter from a multipart form, or what is wrong with them. */
async function readAnswer(c: Ctx): Promise<
  | {
      ok: true;
      input: ReturnType<typeof ministryAnswerSchema.parse>;
      bytes: Uint8Array;
      type: Letter['mediaType'];
    }
  | { ok: false; failed: AnswerFormState; status: 413 | 422 }
> {
  const form = await c.req.parseBody();
  const values = {
    answer: typeof form.answer === 'string' ? form.answer : '',
    signerName: typeof form.signerName === 'string' ? form.signerName : '',
    signerPost: typeof form.signerPost === 'string' ? form.signerPost : '',
  };
  const errors: AnswerFormState['errors'] = {};
  const parsed = ministryAnswerSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as AnswerField;
      const typed = values[field as keyof typeof values] ?? '';
      errors[field] ??=
        typed.trim() === ''
          ? 'required'
          : issue.message === 'too-short' || issue.message === 'broken-text'
            ? issue.message
            : issue.code === 'too_big'
              ? 'too-long'
              : 'invalid';
    }
  }
  const file = form.letter;
  let letter: { bytes: Uint8Array; type: Letter['mediaType'] } | undefined;
  if (!(file instanceof File) || (file.size === 0 && file.name === '')) errors.letter = 'empty';
  else {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkScannedFile(bytes, file.type, CITIZEN_FILE_MAX_BYTES);
    if (checked.ok) letter = { bytes, type: checked.value };
    else errors.letter = checked.error;
  }
  if (!parsed.success || !letter) {
    return { ok: false, failed: { values, errors }, status: errors.letter === 'too-large' ? 413 : 422 };
  }
  return { ok: true, input: parsed.data, bytes: letter.bytes, type: letter.type };
}

/** Stores the letter, runs the command, and removes the letter again unless the answer was recorded. */
async function withStoredLetter<T>(
  folder: string,
  read: { bytes: Uint8Array; type: Letter['mediaType'] },
  run: (letter: Letter) => Promise<{ ok: true; value: T } | { ok: false; error: MinistryAnswerError }>,
) {
  const type = read.type as Parameters<typeof storeScannedFile>[2];
  const letter: Letter = {
    storedName: await storeScannedFile(folder, read.bytes, type),
    mediaType: type,
    sizeBytes: read.bytes.length,
  };
  try {
    const result = await run(letter);
    if (!result.ok) await discardScannedFile(folder, letter.storedName);
    return result;
  } catch (error) {
    await discardScannedFile(folder, letter.storedName);
    throw error;
  }
}

async function postQuestionAnswer(c: Ctx) {
  const found = await questionFor(c);
  if (!found) return renderErrorPage(c, 'notFound');
  const read = await readAnswer(c);
  if (!read.ok) return renderQuestion(c, found, { failed: read.failed }, read.status);
  const user: CurrentUser = userOf(c);
  const result = await withStoredLetter(QUESTION_LETTERS_FOLDER, read, (letter) =>
    answerQuestionForMinistry(
      c.get('deps').db,
      user,
      found.code,
      found.question.id,
      read.input,
      letter,
      new Date(),
    ),
  );
  if (result.ok) return c.redirect('/ministry?done=answer', 303);
  if (result.error === 'not-found') return renderErrorPage(c, 'notFound');
  const again = await questionFor(c);
  if (!again) return renderErrorPage(c, 'notFound');
  return renderQuestion(c, again, { refusal: refusalText(c, result.error) }, 409);
}

async function postCaseAnswer(c: Ctx) {
  const row = await caseFor(c);
  if (!row) return renderErrorPage(c, 'notFound');
  const read = await readAnswer(c);
  if (!read.ok) return renderCase(c, row, { failed: read.failed }, read.status);
  const result = await withStoredLetter(CITIZEN_FILES_FOLDER, read, (letter) =>
    answerCaseForMinistry(c.get('deps').db, userOf(c), row.tracking_code, read.input, letter, new Date()),
  );
  if (result.ok) return c.redirect('/ministry?done=answer', 303);
  if (result.error === 'not-found') return renderErrorPage(c, 'notFound');
  const again = await caseFor(c);
  if (!again) return renderErrorPage(c, 'notFound');
  return renderCase(c, again, { refusal: refusalText(c, result.error) }, 409);
}

function refusalText(c: Ctx, error: Exclude<MinistryAnswerError, 'not-found'>): string {
  return ministryMessages[c.get('lang')].refusals[error];
}

async function questionPage(c: Ctx) {
  const found = await questionFor(c);
  return found ? renderQuestion(c, found, {}) : renderErrorPage(c, 'notFound');
}

async function casePage(c: Ctx) {
  const row = await caseFor(c);
  return row ? renderCase(c, row, {}) : renderErrorPage(c, 'notFound');
}

const questionExample = { id: '1' };
const caseExample = { code: '1000000005' };

export const ministryRoutes: RouteDef[] = [
  { method: 'GET', path: '/ministry', kind: 'page', access: MINISTRY_OFFICE, handler: homePage },
  {
    method: 'GET',
    path: '/ministry/questions/:id',
    kind: 'page',
    access: MINISTRY_OFFICE,
    example: questionExample,
    handler: questionPage,
  },
  {
    method: 'POST',
    path: '/ministry/questions/:id',
    kind: 'page',
    access: MINISTRY_OFFICE,
    example: questionExample,
    handler: postQuestionAnswer,
  },
  {
    method: 'GET',
    path: '/ministry/cases/:code',
    kind: 'page',
    access: MINISTRY_OFFICE,
    example: caseExample,
    handler: casePage,
  },
  {
    method: 'POST',
    path: '/ministry/cases/:code',
    kind: 'page',
    access: MINISTRY_OFFICE,
    example: caseExample,
    handler: postCaseAnswer,
  },
];
