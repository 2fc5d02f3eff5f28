// The coordination log for office staff: record meetings and letters, follow-ups with due dates, overdue flagged.
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { pageWithForm } from '../../platform/http/page-with-form';
import { pathId } from '../../platform/http/path-params';
import { queryText } from '../../platform/http/query';
import { userOf } from '../../platform/http/signed-in-user';
import type { Ctx, RouteDef } from '../../platform/http/types';
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatCalendarDate, formatNumber } from '../../platform/i18n/i18n';
import { DateHint, DateInput } from '../../web/form';
import { CsrfField } from '../../web/layout';
import { renderErrorPage, renderPage } from '../../web/page';
import { findOffice } from './budget.queries';
import { OFFICE_STAFF, officesWhere } from './constituency.policy';
import { AUTHORITY_LEVELS, COORDINATION_KINDS } from './constituency.table';
import { completeFollowup, entryInputSchema, recordCoordination } from './coordination.commands';
import { coordinationMessages } from './coordination.messages';
import { followupsOf, listEntries } from './coordination.queries';
import { isOverdue } from './coordination.rules';

const FOLLOWUP_SLOTS = 3;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function EntryForm(props: {
  lang: Lang;
  digits: Digits;
  csrfToken: string;
  office: string;
  values: Record<string, string>;
}) {
  const t = coordinationMessages[props.lang];
  const v = props.values;
  return (
    <form method="post" action="/office/coordination">
      <CsrfField token={props.csrfToken} />
      <input type="hidden" name="office" value={props.office} />
      <p>
        <label for="kind">{t.kind}</label>
        <select id="kind" name="kind">
          {COORDINATION_KINDS.map((k) => (
            <option value={k} selected={v.kind === k}>
              {t.kinds[k]}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="heldOn">{t.heldOn}</label>{' '}
        <DateHint id="heldOn" lang={props.lang} digits={props.digits} />
        <DateInput id="heldOn" name="heldOn" value={v.heldOn} />
      </p>
      <p>
        <label for="authorityLevel">{t.level}</label>
        <select id="authorityLevel" name="authorityLevel">
          {AUTHORITY_LEVELS.map((l) => (
            <option value={l} selected={v.authorityLevel === l}>
              {t.levels[l]}
            </option>
          ))}
        </select>
      </p>
      {(['authority', 'subject'] as const).map((name) => (
        <p>
          <label for={name}>{t[name]}</label>
          <input id={name} name={name} value={v[name] ?? ''} />
        </p>
      ))}
      <p>
        <label for="decisions">{t.decisions}</label>
        <textarea id="decisions" name="decisions" rows={2}>
          {v.decisions ?? ''}
        </textarea>
      </p>
      {Array.from({ length: FOLLOWUP_SLOTS }, (_, i) => (
        <fieldset>
          <legend>{t.followupN(formatNumber(i + 1, props.lang, props.digits))}</legend>
          <label for={`f${i}-action`}>{t.action}</label>
          <input id={`f${i}-action`} name={`f${i}-action`} value={v[`f${i}-action`] ?? ''} />
          <label for={`f${i}-due`}>{t.dueOn}</label>{' '}
          <DateHint id={`f${i}-due`} lang={props.lang} digits={props.digits} />
          <DateInput id={`f${i}-due`} name={`f${i}-due`} value={v[`f${i}-due`]} />
        </fieldset>
      ))}
      <button type="submit">{t.save}</button>
    </form>
  );
}

async function renderLog(c: Ctx, asked: string, values: Record<string, string> = {}, error?: string) {
  const own = officesWhere(c.get('user'), OFFICE_STAFF);
  const code = asked && own.includes(asked) ? asked : own[0];
  const office = code ? await findOffice(c.get('deps').db.kysely, code) : undefined;
  if (!office) return renderErrorPage(c, 'forbidden');
  const lang = c.get('lang');
  const digits = c.get('digits');
  const day = (date: string) => formatCalendarDate(date, lang, digits);
  const t = coordinationMessages[lang];
  const db = c.get('deps').db.kysely;
  const entries = await listEntries(db, office.code);
  const followups = await followupsOf(
    db,
    entries.map((e) => e.id),
  );
  const today = phnomPenhDate(new Date());
  const overdue = followups.filter((f) => isOverdue(f, today)).length;
  return renderPage(
    c,
    t.title,
    <>
      <p>{t.intro}</p>
      {queryText(c, 'done') ? (
        <p class="notice" role="status">
          {t.saved}
        </p>
      ) : null}
      {error ? (
        <p class="alert" role="alert">
          {error}
        </p>
      ) : null}
      <p>
        <strong class={overdue > 0 ? 'error' : undefined}>
          {t.overdueCount(formatNumber(overdue, lang, digits))}
        </strong>
      </p>
      <h2>{t.entries}</h2>
      {entries.length === 0 ? <p>{t.none}</p> : null}
      {entries.map((e) => (
        <article>
          <h3>
            {day(e.held_on)} · {t.kinds[e.kind]} · {t.levels[e.authority_level]}: {e.authority}
          </h3>
          <p>
            <strong>{t.subject}:</strong> {e.subject}
          </p>
          {e.decisions ? (
            <p>
              <strong>{t.decisions}:</strong> {e.decisions}
            </p>
          ) : null}
          <ul>
            {followups
              .filter((f) => f.entry_id === e.id)
              .map((f) => (
                <li data-overdue={isOverdue(f, today) ? 'yes' : undefined}>
                  {f.action} — {t.dueOn} {day(f.due_on)}
                  {f.done_on ? ` · ${t.done} ${day(f.done_on)}` : null}
                  {isOverdue(f, today) ? <strong class="error"> · {t.overdue}</strong> : null}
                  {f.done_on ? null : (
                    <form
                      method="post"
                      action={`/office/coordination/followups/${f.id}/done`}
                      class="inline-form"
                    >
                      <CsrfField token={c.get('csrfToken')} />
                      <button type="submit">{t.markDone}</button>
                    </form>
                  )}
                </li>
              ))}
          </ul>
        </article>
      ))}
      <h2>{t.record}</h2>
      <EntryForm
        lang={lang}
        digits={digits}
        csrfToken={c.get('csrfToken')}
        office={office.code}
        values={values}
      />
    </>,
    error ? 422 : 200,
  );
}

async function postEntry(c: Ctx) {
  const form = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(form)) if (k !== '_csrf') values[k] = str(v);
  const followups = [];
  for (let i = 0; i < FOLLOWUP_SLOTS; i++) {
    const action = (values[`f${i}-action`] ?? '').trim();
    const dueOn = values[`f${i}-due`] ?? '';
    if (action !== '' || dueOn !== '') followups.push({ action, dueOn });
  }
  const t = coordinationMessages[c.get('lang')];
  const parsed = entryInputSchema.safeParse({ ...values, followups });
  if (!parsed.success) return renderLog(c, values.office ?? '', values, t.errorSummary);
  const result = await recordCoordination(c.get('deps').db, parsed.data, userOf(c), new Date());
  if (!result.ok) {
    return result.error === 'unknown-office'
      ? renderErrorPage(c, 'badRequest')
      : renderErrorPage(c, 'forbidden');
  }
  return c.redirect(`/office/coordination?office=${encodeURIComponent(parsed.data.office)}&done=1`, 303);
}

async function postDone(c: Ctx) {
  const id = pathId(c);
  if (id === undefined) return renderErrorPage(c, 'notFound');
  const result = await completeFollowup(c.get('deps').db, id, userOf(c), new Date());
  if (!result.ok) {
    if (result.error !== 'already-done') return renderErrorPage(c, 'notFound');
    return renderLog(c, '', {}, coordinationMessages[c.get('lang')].errors['already-done']);
  }
  return c.redirect('/office/coordination?done=1', 303);
}

export const coordinationRoutes: RouteDef[] = [
  ...pageWithForm({
    path: '/office/coordination',
    access: OFFICE_STAFF,
    page: (c) => renderLog(c, queryText(c, 'office') ?? ''),
    post: postEntry,
  }),
  {
    method: 'POST',
    path: '/office/coordination/followups/:id/done',
    kind: 'page',
    access: OFFICE_STAFF,
    handler: postDone,
    example: { id: '1' },
  },
];
