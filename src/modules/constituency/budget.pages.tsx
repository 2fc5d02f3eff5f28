// Views of an office's books: budget vs spent, the expense form, the expense list and one entry's audit trail.
import { auditActionText, summaryForReaders } from '../../platform/audit';
import {
  type Digits,
  formatCalendarDate,
  formatDateTime,
  formatDecimal,
  formatNumber,
  formatRecordNumber,
  formatYear,
  type Lang,
} from '../../platform/i18n/i18n';
import { ColumnHeads, DataTable, TableOrNone } from '../../web/data-table';
import {
  Alert,
  DateHint,
  DateInput,
  fieldAria,
  Notice,
  FieldError as SharedFieldError,
} from '../../web/form';
import { CsrfField, type FormContext } from '../../web/layout';
import { type BudgetErrorCode, budgetMessages } from './budget.messages';
import { BUDGET_LINES, type BudgetLine, type ExpenseStatus } from './constituency.table';

export interface OfficeChoice {
  code: string;
  name_en: string;
  name_km: string;
}

export interface LineFigures {
  line: BudgetLine;
  budget: number;
  spent: number;
}

export interface ExpenseRow {
  id: number;
  line: BudgetLine;
  spent_on: string;
  payee: string;
  amount_riel: number;
  amount_usd_cents: number | null;
  usd_rate: number | null;
  purpose: string;
  status: ExpenseStatus;
  overspend_justification: string | null;
  reverses_id: number | null;
  receipt_file: string | null;
  recorded_by_name: string | null;
  recorded_at: string;
  is_demo: number;
}

export type ExpenseValues = Record<
  'line' | 'spentOn' | 'payee' | 'amountRiel' | 'amountUsd' | 'usdRate' | 'purpose',
  string
>;
export const EMPTY_EXPENSE: ExpenseValues = {
  line: 'supplies',
  spentOn: '',
  payee: '',
  amountRiel: '',
  amountUsd: '',
  usdRate: '',
  purpose: '',
};

const officeName = (o: OfficeChoice, lang: Lang) => (lang === 'km' ? o.name_km : o.name_en);

function FieldError(props: { id: string; lang: Lang; code?: BudgetErrorCode }) {
  return (
    <SharedFieldError id={props.id} text={props.code && budgetMessages[props.lang].errors[props.code]} />
  );
}

export function OfficeYearForm(props: {
  lang: Lang;
  digits: Digits;
  offices: OfficeChoice[];
  office: string;
  year: number;
}) {
  const m = budgetMessages[props.lang];
  const year = formatYear(props.year, props.lang, props.digits);
  return (
    <form method="get" action="/office/budget" class="inline-form">
      <label for="office">{m.office}</label>
      <select id="office" name="office">
        {props.offices.map((o) => (
          <option value={o.code} selected={o.code === props.office}>
            {o.code} — {officeName(o, props.lang)}
          </option>
        ))}
      </select>
      <label for="year">{m.year}</label>
      <input id="year" name="year" inputmode="numeric" maxlength={4} value={year} />
      <button type="submit">{m.show}</button>
    </form>
  );
}

export interface BooksPageProps extends FormContext {
  office: OfficeChoice;
  year: number;
  lines: LineFigures[];
  expenses: ExpenseRow[];
  reversedIds: Map<number, number>;
  mayRecord: boolean;
  mayDirect: boolean;
  values: ExpenseValues;
  errors: Partial<Record<string, BudgetErrorCode>>;
  notice?: string;
}

export function BooksPage(props: BooksPageProps) {
  const { lang, digits } = props;
  const m = budgetMessages[lang];
  const n = (v: number) => formatNumber(v, lang, digits);
  const no = (id: number) => formatRecordNumber(id, lang, digits);
  const totalBudget = props.lines.reduce((s, l) => s + l.budget, 0);
  const totalSpent = props.lines.reduce((s, l) => s + l.spent, 0);
  const withoutReceipt = props.expenses.filter(
    (e) => !e.receipt_file && e.reverses_id === null && e.status !== 'rejected',
  ).length;
  const q = `office=${encodeURIComponent(props.office.code)}&year=${props.year}`;
  const hasErrors = Object.keys(props.errors).length > 0;
  return (
    <>
      <h2>
        {props.office.code} — {officeName(props.office, lang)}, {formatYear(props.year, lang, digits)}
      </h2>
      <Notice text={props.notice} />
      {!props.mayRecord ? <p class="notice">{m.readOnly}</p> : null}
      <h3>{m.budgetVsSpent}</h3>
      <DataTable label={m.budgetVsSpent}>
        <ColumnHeads columns={[m.line, m.budget, m.spent, m.remaining]} />
        <tbody>
          {props.lines.map((l) => (
            <tr>
              <th scope="row">{m.lines[l.line]}</th>
              <td>{n(l.budget)}</td>
              <td>{n(l.spent)}</td>
              <td>
                {n(l.budget - l.spent)}
                {l.spent > l.budget ? <strong class="error"> {m.overspent}</strong> : null}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{m.total}</th>
            <td>{n(totalBudget)}</td>
            <td>{n(totalSpent)}</td>
            <td>{n(totalBudget - totalSpent)}</td>
          </tr>
        </tbody>
      </DataTable>
      <p>
        <strong>{m.withoutReceipts(n(withoutReceipt))}</strong>
      </p>
      <p>
        <a href={`/office/budget/expenses.csv?${q}`}>{m.csv}</a>
      </p>
      <p>
        <a href={`/office/budget/trail.csv?${q}`}>{m.trailCsv}</a>
      </p>

      {props.mayDirect ? (
        <section>
          <h3>{m.setLines}</h3>
          <p class="muted">{m.setLinesHint}</p>
          {BUDGET_LINES.map((line) => {
            const id = `budget-${line}`;
            return (
              <form method="post" action="/office/budget/lines" class="inline-form">
                <CsrfField token={props.csrfToken} />
                <input type="hidden" name="office" value={props.office.code} />
                <input type="hidden" name="year" value={String(props.year)} />
                <input type="hidden" name="line" value={line} />
                <label for={id}>{m.lines[line]}</label>
                <input
                  id={id}
                  name="amountRiel"
                  inputmode="numeric"
                  value={String(props.lines.find((l) => l.line === line)?.budget ?? 0)}
                />
                <button type="submit">{m.save}</button>
              </form>
            );
          })}
        </section>
      ) : null}

      {props.mayRecord ? (
        <section>
          <h3 id="new-expense">{m.newExpense}</h3>
          <Alert text={hasErrors ? m.errorSummary : undefined} />
          <FieldError id="form" lang={lang} code={props.errors.form} />
          <form method="post" action="/office/budget/expenses" enctype="multipart/form-data">
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="office" value={props.office.code} />
            <p>
              <label for="line">{m.line}</label>
              <select id="line" name="line">
                {BUDGET_LINES.map((l) => (
                  <option value={l} selected={l === props.values.line}>
                    {m.lines[l]}
                  </option>
                ))}
              </select>
            </p>
            {(
              [
                ['spentOn', m.spentOn],
                ['payee', m.payee],
                ['amountRiel', m.amountRiel],
                ['amountUsd', m.amountUsd],
                ['usdRate', m.usdRate],
              ] as const
            ).map(([name, label]) => (
              <p>
                <label for={name}>{label}</label>
                {name === 'spentOn' ? (
                  <>
                    <DateInput id={name} name={name} value={props.values[name]} error={props.errors[name]} />
                    <DateHint id={name} lang={lang} digits={props.digits} />
                  </>
                ) : (
                  <input
                    id={name}
                    name={name}
                    value={props.values[name]}
                    inputmode={name === 'payee' ? undefined : 'decimal'}
                    {...fieldAria(name, name === 'amountRiel', props.errors[name])}
                  />
                )}
                {name === 'amountRiel' ? (
                  <span class="muted" id="amountRiel-hint">
                    {m.amountRielHint}
                  </span>
                ) : null}
                <FieldError id={name} lang={lang} code={props.errors[name]} />
              </p>
            ))}
            <p>
              <label for="purpose">{m.purpose}</label>
              <textarea
                id="purpose"
                name="purpose"
                rows={2}
                {...fieldAria('purpose', false, props.errors.purpose)}
              >
                {props.values.purpose}
              </textarea>
              <FieldError id="purpose" lang={lang} code={props.errors.purpose} />
            </p>
            <p>
              <label for="receipt">{m.receipt}</label>
              <input
                id="receipt"
                name="receipt"
                type="file"
                accept="application/pdf,image/jpeg,image/png"
                {...fieldAria('receipt', false, props.errors.receipt)}
              />
              <FieldError id="receipt" lang={lang} code={props.errors.receipt} />
            </p>
            <button type="submit">{m.record}</button>
          </form>
        </section>
      ) : null}

      <h3>{m.expenses}</h3>
      <TableOrNone
        label={m.expenses}
        columns={['#', m.spentOn, m.line, m.payee, m.amount, m.status, m.receiptCol]}
        rows={props.expenses}
        none={m.noExpenses}
        row={(e) => (
          <tr>
            <td>
              <a href={`/office/budget/expenses/${e.id}`}>{no(e.id)}</a>
            </td>
            <td>{formatCalendarDate(e.spent_on, lang, digits)}</td>
            <td>{m.lines[e.line]}</td>
            <td>
              {e.payee}
              {e.is_demo ? <span class="muted"> ({m.demo})</span> : null}
            </td>
            <td>{n(e.amount_riel)}</td>
            <td>
              {m.statuses[e.status]}
              {e.reverses_id !== null ? <span> · {m.reverses(no(e.reverses_id))}</span> : null}
              {props.reversedIds.has(e.id) ? (
                <span> · {m.reversedBy(no(props.reversedIds.get(e.id) ?? 0))}</span>
              ) : null}
              {e.overspend_justification ? <span> · {m.overspent}</span> : null}
            </td>
            <td>
              {e.receipt_file ? (
                <a href={`/office/budget/expenses/${e.id}/receipt`}>{m.viewReceipt}</a>
              ) : e.reverses_id === null ? (
                <strong>{m.noReceipt}</strong>
              ) : (
                '—'
              )}
            </td>
          </tr>
        )}
      />
    </>
  );
}

export interface TrailRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  summary: string;
}

export interface ExpensePageProps extends FormContext {
  e: ExpenseRow & { office_code: string };
  reversedBy: number | null;
  trail: TrailRow[];
  mayDirect: boolean;
  mayDecide: boolean;
  /** The accounts that may decide this pending entry (its office's directors but the recorder). */
  deciders: string[];
  mayRecord: boolean;
  error?: BudgetErrorCode;
  notice?: string;
}

export function ExpensePage(props: ExpensePageProps) {
  const { lang, digits, e } = props;
  const m = budgetMessages[lang];
  const n = (v: number) => formatNumber(v, lang, digits);
  const no = (id: number) => formatRecordNumber(id, lang, digits);
  return (
    <>
      <Notice text={props.notice} />
      <Alert text={props.error ? m.errors[props.error] : undefined} />
      <dl>
        <dt>{m.office}</dt>
        <dd>
          <a
            href={`/office/budget?office=${encodeURIComponent(e.office_code)}&year=${e.spent_on.slice(0, 4)}`}
          >
            {e.office_code}
          </a>
        </dd>
        <dt>{m.line}</dt>
        <dd>{m.lines[e.line]}</dd>
        <dt>{m.spentOn}</dt>
        <dd>{formatCalendarDate(e.spent_on, lang, digits)}</dd>
        <dt>{m.payee}</dt>
        <dd>{e.payee}</dd>
        <dt>{m.amount}</dt>
        <dd>
          {n(e.amount_riel)}
          {e.amount_usd_cents !== null && e.usd_rate !== null
            ? ` (USD ${formatDecimal(e.amount_usd_cents / 100, lang, digits, 2)} × ${n(e.usd_rate)})`
            : null}
        </dd>
        <dt>{m.purpose}</dt>
        <dd>{e.purpose}</dd>
        <dt>{m.status}</dt>
        <dd>
          {m.statuses[e.status]}
          {e.reverses_id !== null ? (
            <>
              {' · '}
              <a href={`/office/budget/expenses/${e.reverses_id}`}>{m.reverses(no(e.reverses_id))}</a>
            </>
          ) : null}
          {props.reversedBy !== null ? (
            <>
              {' · '}
              <a href={`/office/budget/expenses/${props.reversedBy}`}>{m.reversedBy(no(props.reversedBy))}</a>
            </>
          ) : null}
        </dd>
        {e.overspend_justification ? (
          <>
            <dt>{m.justification}</dt>
            <dd>{e.overspend_justification}</dd>
          </>
        ) : null}
        <dt>{m.receiptCol}</dt>
        <dd>
          {e.receipt_file ? (
            <a href={`/office/budget/expenses/${e.id}/receipt`}>{m.viewReceipt}</a>
          ) : (
            <strong>{m.noReceipt}</strong>
          )}
        </dd>
        <dt>{m.recordedBy}</dt>
        <dd>
          {e.recorded_by_name ?? '—'}, {formatDateTime(e.recorded_at, lang, digits)}
        </dd>
      </dl>

      {props.mayRecord && !e.receipt_file && e.reverses_id === null ? (
        <form method="post" action={`/office/budget/expenses/${e.id}/receipt`} enctype="multipart/form-data">
          <CsrfField token={props.csrfToken} />
          <h3>{m.attachTitle}</h3>
          <p>
            <label for="receipt">{m.receipt}</label>
            <input id="receipt" name="receipt" type="file" accept="application/pdf,image/jpeg,image/png" />
          </p>
          <button type="submit">{m.attachButton}</button>
        </form>
      ) : null}
      {e.status === 'pending' ? (
        <section aria-labelledby="who-decides">
          <h3 id="who-decides">{m.whoDecides}</h3>
          <p>{m.deciderRule}</p>
          {props.deciders.length > 0 ? (
            <ul>
              {props.deciders.map((name) => (
                <li>{name}</li>
              ))}
            </ul>
          ) : (
            <p class="notice">{m.noDecider}</p>
          )}
        </section>
      ) : null}
      {props.mayDirect && e.status === 'pending' && !props.mayDecide ? (
        <p class="notice">{m.errors['own-expense']}</p>
      ) : null}
      {props.mayDecide && e.status === 'pending' ? (
        <form method="post" action={`/office/budget/expenses/${e.id}/decision`}>
          <CsrfField token={props.csrfToken} />
          <fieldset>
            <legend>{m.decide}</legend>
            <label>
              <input type="radio" name="decision" value="approve" checked /> {m.approve}
            </label>
            <label>
              <input type="radio" name="decision" value="reject" /> {m.reject}
            </label>
          </fieldset>
          <p>
            <label for="justification">{m.justification}</label>
            <textarea
              id="justification"
              name="justification"
              rows={2}
              aria-describedby="justification-hint"
            />
            <span class="muted" id="justification-hint">
              {m.justificationHint}
            </span>
          </p>
          <button type="submit">{m.send}</button>
        </form>
      ) : null}
      {props.mayDirect && e.status === 'approved' && e.reverses_id === null && props.reversedBy === null ? (
        <form method="post" action={`/office/budget/expenses/${e.id}/reverse`}>
          <CsrfField token={props.csrfToken} />
          <h3>{m.reverse}</h3>
          <p>
            <label for="reason">{m.reason}</label>
            <textarea id="reason" name="reason" rows={2} />
          </p>
          <button type="submit">{m.reverseButton}</button>
        </form>
      ) : null}

      <h3>{m.trail}</h3>
      <DataTable label={m.trail}>
        <ColumnHeads columns={[m.when, m.who, m.what]} />
        <tbody>
          {props.trail.map((t) => (
            <tr>
              <td>{formatDateTime(t.at, lang, digits)}</td>
              <td>{t.actor}</td>
              <td>
                {auditActionText(t.action, lang) ?? <code>{t.action}</code>}{' '}
                <code>{summaryForReaders(t.summary)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}

export interface OverviewRow {
  code: string;
  name_en: string;
  name_km: string;
  budget: number;
  spent: number;
  pending: number;
  withoutReceipt: number;
}

/** Every office's books in one table, for auditors reading the whole country. */
export function BooksOverview(props: { lang: Lang; digits: Digits; year: number; rows: OverviewRow[] }) {
  const { lang, digits } = props;
  const m = budgetMessages[lang];
  const n = (v: number) => formatNumber(v, lang, digits);
  return (
    <>
      <h2>
        {m.overviewTitle} ({formatYear(props.year, lang, digits)})
      </h2>
      <DataTable label={m.overviewTitle}>
        <ColumnHeads columns={[m.office, m.budget, m.spent, m.pendingCol, m.withoutCol]} />
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <th scope="row">
                <a href={`/office/budget?office=${encodeURIComponent(r.code)}&year=${props.year}`}>
                  {r.code} — {lang === 'km' ? r.name_km : r.name_en}
                </a>
              </th>
              <td>{n(r.budget)}</td>
              <td>
                {n(r.spent)}
                {r.spent > r.budget ? <strong class="error"> {m.overspent}</strong> : null}
              </td>
              <td>{n(r.pending)}</td>
              <td>{n(r.withoutReceipt)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
