// The office's books as pages: directors and staff keep them, auditors read every office's (read-only).
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { toCsv } from '../../platform/csv';
import { pathId } from '../../platform/http/path-params';
import { queryText } from '../../platform/http/query';
import { userOf } from '../../platform/http/signed-in-user';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { parseTypedDate } from '../../platform/i18n/date-input';
import { formatRecordNumber } from '../../platform/i18n/i18n';
import { typedYear } from '../../platform/khmer/input';
import { renderErrorPage, renderPage } from '../../web/page';
import {
  attachReceipt,
  budgetLineInputSchema,
  decideExpense,
  decisionInputSchema,
  expenseInputSchema,
  type ReceiptUpload,
  recordExpense,
  reversalInputSchema,
  reverseExpense,
  setBudgetLine,
} from './budget.commands';
import { type BudgetErrorCode, budgetMessages } from './budget.messages';
import {
  BooksOverview,
  BooksPage,
  EMPTY_EXPENSE,
  ExpensePage,
  type ExpenseValues,
  OfficeYearForm,
  type OverviewRow,
} from './budget.pages';
import {
  booksAuditTrail,
  booksOverview,
  budgetLines,
  displayNameOf,
  expenseAuditTrail,
  findExpense,
  findOffice,
  listExpenses,
  listOffices,
  officeDirectors,
  reversalOf,
  spentPerLine,
} from './budget.queries';
import { checkReceipt } from './budget.rules';
import {
  BOOK_READERS,
  DIRECTOR,
  directs,
  mayDecideExpense,
  mayReadBooks,
  OFFICE_STAFF,
  readableBooks,
  worksIn,
} from './constituency.policy';
import { BUDGET_LINES } from './constituency.table';
import { readReceipt } from './receipt-files.service';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const view = (c: Ctx) => ({ lang: c.get('lang'), digits: c.get('digits'), csrfToken: c.get('csrfToken') });
const thisYear = () => Number(phnomPenhDate(new Date()).slice(0, 4));
const booksPath = (office: string, year: number, done?: string) =>
  `/office/budget?office=${encodeURIComponent(office)}&year=${year}${done ? `&done=${done}` : ''}`;

function parseYear(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return thisYear();
  const year = typedYear(raw);
  return year !== null && year >= 2000 && year <= 2100 ? year : null;
}

async function readableOffices(c: Ctx) {
  const scope = readableBooks(c.get('user'));
  const all = await listOffices(c.get('deps').db.kysely);
  return scope === 'all' ? all : all.filter((o) => scope.includes(o.code));
}

/** One row per office the user may read, for the year. */
async function overviewRows(
  c: Ctx,
  offices: { code: string; name_en: string; name_km: string }[],
  year: number,
): Promise<OverviewRow[]> {
  const { budgets, expenses } = await booksOverview(c.get('deps').db.kysely, year);
  return offices.map((o) => {
    const e = expenses.find((x) => x.office_code === o.code);
    return {
      ...o,
      budget: Number(budgets.find((b) => b.office_code === o.code)?.budget ?? 0),
      spent: Number(e?.spent ?? 0),
      pending: Number(e?.pending ?? 0),
      withoutReceipt: Number(e?.without_receipt ?? 0),
    };
  });
}

async function renderBooks(
  c: Ctx,
  officeCode: string,
  year: number,
  values: ExpenseValues = EMPTY_EXPENSE,
  errors: Partial<Record<string, BudgetErrorCode>> = {},
  status: 200 | 413 | 422 = 200,
) {
  const db = c.get('deps').db.kysely;
  const m = budgetMessages[c.get('lang')];
  const user = c.get('user');
  const offices = await readableOffices(c);
  const office = offices.find((o) => o.code === officeCode);
  const chooser = (
    <OfficeYearForm
      lang={c.get('lang')}
      digits={c.get('digits')}
      offices={offices}
      office={officeCode}
      year={year}
    />
  );
  if (!office) {
    if (officeCode !== '' && (await findOffice(db, officeCode))) return renderErrorPage(c, 'forbidden');
    const overview = officeCode === '' && offices.length > 1 ? await overviewRows(c, offices, year) : null;
    return renderPage(
      c,
      m.title,
      <>
        <p>{m.intro}</p>
        {chooser}
        <p>{m.chooseOffice}</p>
        {overview ? (
          <BooksOverview lang={c.get('lang')} digits={c.get('digits')} year={year} rows={overview} />
        ) : null}
      </>,
      officeCode === '' ? 200 : 404,
    );
  }
  const [lines, spent, expenses] = await Promise.all([
    budgetLines(db, office.code, year),
    spentPerLine(db, office.code, year),
    listExpenses(db, office.code, year),
  ]);
  const reversedIds = new Map<number, number>();
  for (const e of expenses) if (e.reverses_id !== null) reversedIds.set(e.reverses_id, e.id);
  const done = queryText(c, 'done');
  const notice = done === 'saved' ? m.saved : done === 'recorded' ? m.recorded : undefined;
  return renderPage(
    c,
    m.title,
    <>
      <p>{m.intro}</p>
      {chooser}
      <BooksPage
        {...view(c)}
        office={office}
        year={year}
        lines={BUDGET_LINES.map((line) => ({
          line,
          budget: lines.find((l) => l.line === line)?.amount_riel ?? 0,
          spent: Number(spent.find((s) => s.line === line)?.spent ?? 0),
        }))}
        expenses={expenses}
        reversedIds={reversedIds}
        mayRecord={worksIn(user, office.code)}
        mayDirect={directs(user, office.code)}
        values={values}
        errors={errors}
        notice={notice}
      />
    </>,
    status,
  );
}

/** GET /office/budget?office=&year= */
async function booksPage(c: Ctx) {
  const year = parseYear(queryText(c, 'year'));
  if (year === null) return renderErrorPage(c, 'badRequest');
  let office = queryText(c, 'office')?.trim() ?? '';
  if (office === '') {
    const own = await readableOffices(c);
    if (readableBooks(c.get('user')) !== 'all' && own.length === 1) office = own[0].code;
  }
  return renderBooks(c, office, year);
}

/** POST /office/budget/lines — the director sets one line. */
async function postLine(c: Ctx) {
  const form = await c.req.parseBody();
  const parsed = budgetLineInputSchema.safeParse({
    office: str(form.office),
    year: str(form.year),
    line: str(form.line),
    amountRiel: str(form.amountRiel),
  });
  if (!parsed.success) {
    const year = parseYear(str(form.year)) ?? thisYear();
    return renderBooks(c, str(form.office), year, EMPTY_EXPENSE, { form: 'invalid' }, 422);
  }
  const result = await setBudgetLine(c.get('deps').db, parsed.data, userOf(c), new Date());
  if (!result.ok) {
    if (result.error === 'unknown-office') return renderErrorPage(c, 'notFound');
    return renderErrorPage(c, 'forbidden');
  }
  return c.redirect(booksPath(parsed.data.office, parsed.data.year, 'saved'), 303);
}

/** POST /office/budget/expenses — multipart, with an optional scanned receipt. */
async function postExpense(c: Ctx) {
  const form = await c.req.parseBody();
  const office = str(form.office);
  const values: ExpenseValues = {
    line: str(form.line),
    spentOn: str(form.spentOn),
    payee: str(form.payee),
    amountRiel: str(form.amountRiel),
    amountUsd: str(form.amountUsd),
    usdRate: str(form.usdRate),
    purpose: str(form.purpose),
  };
  // A refused expense shows the books of the year its day was typed in (31/12/2025 and ៣១/១២/២០២៥ too).
  const year = Number(parseTypedDate(values.spentOn)?.slice(0, 4)) || thisYear();
  if (!worksIn(c.get('user'), office)) {
    return (await findOffice(c.get('deps').db.kysely, office))
      ? renderErrorPage(c, 'forbidden')
      : renderErrorPage(c, 'notFound');
  }
  const errors: Partial<Record<string, BudgetErrorCode>> = {};
  const parsed = expenseInputSchema.safeParse({ ...values, office });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      const code = issue.message as BudgetErrorCode;
      errors[field] ??= code in budgetMessages.en.errors ? code : 'invalid';
    }
  }
  let receipt: ReceiptUpload | null = null;
  const file = form.receipt;
  if (file instanceof File && (file.size > 0 || file.name !== '')) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkReceipt(bytes, file.type);
    if (!checked.ok) errors.receipt = checked.error;
    else receipt = { bytes, type: checked.value };
  }
  if (!parsed.success || errors.receipt) {
    // A file over the limit is "too large" (413); every other mistake is the form's (422).
    const status = errors.receipt === 'receipt-too-large' ? 413 : 422;
    return renderBooks(c, office, year, values, errors, status);
  }
  const result = await recordExpense(c.get('deps').db, parsed.data, receipt, userOf(c), new Date());
  if (!result.ok)
    return renderBooks(
      c,
      office,
      year,
      values,
      {
        [result.error === 'amount-missing' || result.error === 'amount-too-large' ? 'amountRiel' : 'form']:
          result.error,
      },
      422,
    );
  return c.redirect(booksPath(office, Number(parsed.data.spentOn.slice(0, 4)), 'recorded'), 303);
}

/** The expense in the path, if this user may read its office's books. */
async function readableExpense(c: Ctx) {
  const id = pathId(c);
  if (id === undefined) return null;
  const db = c.get('deps').db.kysely;
  const e = await findExpense(db, id);
  if (!e || !mayReadBooks(c.get('user'), e.office_code)) return null;
  return e;
}

/** GET /office/budget/expenses/:id — the entry, its audit trail, and the director's forms. */
async function expensePage(c: Ctx, error?: BudgetErrorCode, status: 200 | 403 | 409 | 413 | 422 = 200) {
  const e = await readableExpense(c);
  if (!e) return renderErrorPage(c, 'notFound');
  const db = c.get('deps').db.kysely;
  const m = budgetMessages[c.get('lang')];
  const done = queryText(c, 'done');
  const deciders =
    e.status === 'pending'
      ? (await officeDirectors(db, e.office_code)).filter((d) => d.id !== e.recorded_by)
      : [];
  return renderPage(
    c,
    m.entry(formatRecordNumber(e.id, c.get('lang'), c.get('digits'))),
    <ExpensePage
      {...view(c)}
      e={{ ...e, recorded_by_name: await displayNameOf(db, e.recorded_by) }}
      reversedBy={(await reversalOf(db, e.id))?.id ?? null}
      trail={await expenseAuditTrail(db, e.id)}
      mayDirect={directs(c.get('user'), e.office_code)}
      mayDecide={mayDecideExpense(c.get('user'), e)}
      deciders={deciders.map((d) => d.display_name)}
      mayRecord={worksIn(c.get('user'), e.office_code)}
      error={error}
      notice={
        done === 'decided'
          ? m.decided
          : done === 'reversed'
            ? m.reversed
            : done === 'attached'
              ? m.attached
              : undefined
      }
    />,
    status,
  );
}

/** POST /office/budget/expenses/:id/decision */
async function postDecision(c: Ctx) {
  const e = await readableExpense(c);
  if (!e) return renderErrorPage(c, 'notFound');
  const form = await c.req.parseBody();
  const parsed = decisionInputSchema.safeParse({
    decision: str(form.decision),
    justification: str(form.justification),
  });
  if (!parsed.success) return expensePage(c, 'invalid', 422);
  const result = await decideExpense(c.get('deps').db, e.id, parsed.data, userOf(c), new Date());
  if (!result.ok) {
    if (result.error === 'not-your-office') return renderErrorPage(c, 'forbidden');
    if (result.error === 'own-expense') return expensePage(c, result.error, 403);
    return expensePage(c, result.error, result.error === 'needs-justification' ? 422 : 409);
  }
  return c.redirect(`/office/budget/expenses/${e.id}?done=decided`, 303);
}

/** POST /office/budget/expenses/:id/reverse */
async function postReverse(c: Ctx) {
  const e = await readableExpense(c);
  if (!e) return renderErrorPage(c, 'notFound');
  const form = await c.req.parseBody();
  const parsed = reversalInputSchema.safeParse({ reason: str(form.reason) });
  if (!parsed.success) return expensePage(c, 'too-short', 422);
  const result = await reverseExpense(c.get('deps').db, e.id, parsed.data.reason, userOf(c), new Date());
  if (!result.ok) {
    if (result.error === 'not-your-office') return renderErrorPage(c, 'forbidden');
    return expensePage(c, result.error, 409);
  }
  return c.redirect(`/office/budget/expenses/${result.value.id}?done=reversed`, 303);
}

/** POST /office/budget/expenses/:id/receipt — a receipt for an entry recorded without one. */
async function postReceipt(c: Ctx) {
  const e = await readableExpense(c);
  if (!e || !worksIn(c.get('user'), e.office_code)) return renderErrorPage(c, 'notFound');
  const form = await c.req.parseBody();
  const file = form.receipt;
  if (!(file instanceof File)) return expensePage(c, 'receipt-empty', 422);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = checkReceipt(bytes, file.type);
  if (!checked.ok) return expensePage(c, checked.error, checked.error === 'receipt-too-large' ? 413 : 422);
  const result = await attachReceipt(
    c.get('deps').db,
    e.id,
    { bytes, type: checked.value },
    userOf(c),
    new Date(),
  );
  if (!result.ok) return expensePage(c, result.error, 409);
  return c.redirect(`/office/budget/expenses/${e.id}?done=attached`, 303);
}

/** GET /office/budget/expenses/:id/receipt — the stored scan, as its checked type, never inline HTML. */
async function receiptFile(c: Ctx) {
  const e = await readableExpense(c);
  if (!e?.receipt_file || !e.receipt_type) return renderErrorPage(c, 'notFound');
  const bytes = await readReceipt(e.receipt_file);
  if (!bytes) return renderErrorPage(c, 'notFound');
  const ext = e.receipt_file.split('.')[1];
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': e.receipt_type,
      'content-disposition': `inline; filename="receipt-${e.id}.${ext}"`,
      'cache-control': 'private, no-store',
    },
  });
}

/** GET /office/budget/expenses.csv?office=&year= — every entry, for internal and external audits. */
async function expensesCsv(c: Ctx) {
  const year = parseYear(queryText(c, 'year'));
  const office = queryText(c, 'office')?.trim() ?? '';
  if (year === null || office === '') return renderErrorPage(c, 'badRequest');
  const db = c.get('deps').db.kysely;
  if (!(await findOffice(db, office))) return renderErrorPage(c, 'notFound');
  if (!mayReadBooks(c.get('user'), office)) return renderErrorPage(c, 'forbidden');
  const m = budgetMessages[c.get('lang')];
  const rows = await listExpenses(db, office, year);
  const body = toCsv([
    [
      'id',
      'office',
      'line',
      'spent_on',
      'payee',
      'amount_riel',
      'amount_usd',
      'usd_rate',
      'purpose',
      'status',
      'overspend_justification',
      'reverses_id',
      'has_receipt',
      'recorded_by',
      'recorded_at',
      'demo',
    ],
    ...rows.map((e) => [
      String(e.id),
      office,
      m.lines[e.line],
      e.spent_on,
      e.payee,
      String(e.amount_riel),
      e.amount_usd_cents === null ? '' : (e.amount_usd_cents / 100).toFixed(2),
      e.usd_rate === null ? '' : String(e.usd_rate),
      e.purpose,
      e.status,
      e.overspend_justification ?? '',
      e.reverses_id === null ? '' : String(e.reverses_id),
      e.receipt_file ? 'yes' : 'no',
      e.recorded_by_name ?? '',
      e.recorded_at,
      e.is_demo ? 'yes' : 'no',
    ]),
  ]);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="expenses-${office}-${year}.csv"`,
      'cache-control': 'no-store',
    },
  });
}

/** GET /office/budget/trail.csv?office=&year= — the audit trail of the year's books, with each row's chain hash. */
async function trailCsv(c: Ctx) {
  const year = parseYear(queryText(c, 'year'));
  const office = queryText(c, 'office')?.trim() ?? '';
  if (year === null || office === '') return renderErrorPage(c, 'badRequest');
  const db = c.get('deps').db.kysely;
  if (!(await findOffice(db, office))) return renderErrorPage(c, 'notFound');
  if (!mayReadBooks(c.get('user'), office)) return renderErrorPage(c, 'forbidden');
  const rows = await booksAuditTrail(db, office, year);
  const body = toCsv([
    ['audit_id', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'summary', 'hash'],
    ...rows.map((r) => [
      String(r.id),
      r.at,
      r.actor,
      r.action,
      r.entity_type,
      r.entity_id,
      r.summary,
      r.hash,
    ]),
  ]);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="books-audit-trail-${office}-${year}.csv"`,
      'cache-control': 'no-store',
    },
  });
}

export const budgetRoutes: RouteDef[] = [
  { method: 'GET', path: '/office/budget', kind: 'page', access: BOOK_READERS, handler: booksPage },
  { method: 'POST', path: '/office/budget/lines', kind: 'page', access: DIRECTOR, handler: postLine },
  {
    method: 'POST',
    path: '/office/budget/expenses',
    kind: 'page',
    access: OFFICE_STAFF,
    handler: postExpense,
  },
  { method: 'GET', path: '/office/budget/trail.csv', kind: 'page', access: BOOK_READERS, handler: trailCsv },
  {
    method: 'GET',
    path: '/office/budget/expenses.csv',
    kind: 'page',
    access: BOOK_READERS,
    handler: expensesCsv,
  },
  {
    method: 'GET',
    path: '/office/budget/expenses/:id',
    kind: 'page',
    access: BOOK_READERS,
    handler: (c) => expensePage(c),
    example: { id: '1' },
  },
  {
    method: 'GET',
    path: '/office/budget/expenses/:id/receipt',
    kind: 'page',
    access: BOOK_READERS,
    handler: receiptFile,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/office/budget/expenses/:id/receipt',
    kind: 'page',
    access: OFFICE_STAFF,
    handler: postReceipt,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/office/budget/expenses/:id/decision',
    kind: 'page',
    access: DIRECTOR,
    handler: postDecision,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/office/budget/expenses/:id/reverse',
    kind: 'page',
    access: DIRECTOR,
    handler: postReverse,
    example: { id: '1' },
  },
];
