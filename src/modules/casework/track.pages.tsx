// The public tracking pages: find a concern by its code, and its timeline — never anything personal.
import type { Ctx } from '../../platform/http/types';
import { formatDateTime, type Lang } from '../../platform/i18n/i18n';
import { formatTrackingCode, parseTrackingCode } from '../../platform/ids/tracking-code';
import { renderPage } from '../../web/page';
import { childrenOf, provinces } from '../places';
import { findPublicCase, publicTimeline } from './case.queries';
import { CASE_STATUSES, type CaseStatus } from './case.rules';
import { type IntakeMessages, intakeMessages } from './messages';

function statusText(status: string, m: IntakeMessages): string {
  return (CASE_STATUSES as readonly string[]).includes(status) ? m.statuses[status as CaseStatus] : status;
}

/** The code entry form; `mistake` when the typed code fails its check digit. */
export function trackFormPage(c: Ctx, typed: string, mistake: boolean) {
  const m = intakeMessages[c.get('lang')];
  return renderPage(
    c,
    m.trackTitle,
    <form method="get" action="/track">
      <p>
        <label for="code">{m.trackLabel}</label>
        <br />
        <span class="muted" id="code-hint">
          {m.trackHint}
        </span>
        <br />
        <input
          id="code"
          name="code"
          value={typed}
          inputmode="numeric"
          autocomplete="off"
          maxlength={40}
          aria-invalid={mistake ? 'true' : undefined}
          aria-describedby={mistake ? 'code-hint code-error' : 'code-hint'}
        />
        {mistake ? (
          <span class="error" id="code-error" role="alert">
            <br />
            {m.trackMistake}
          </span>
        ) : null}
      </p>
      <p>
        <button type="submit" class="button">
          {m.trackButton}
        </button>
      </p>
    </form>,
    mistake ? 422 : 200,
  );
}

/** Place names of the case's province, district and commune, in the reader's language. */
async function placeNames(c: Ctx, codes: (string | null)[], lang: Lang): Promise<string[]> {
  const db = c.get('deps').db.kysely;
  const names: string[] = [];
  let level = await provinces(db);
  for (const code of codes) {
    if (!code) break;
    const place = level.find((p) => p.code === code);
    if (!place) break;
    names.push(lang === 'km' ? place.name_km : place.name_latin);
    level = await childrenOf(db, code);
  }
  return names;
}

/** GET /track/:code — the public timeline; an unknown or mistyped code is a 404. */
export async function trackCodePage(c: Ctx) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = intakeMessages[lang];
  const code = parseTrackingCode(c.req.param('code') ?? '');
  const db = c.get('deps').db.kysely;
  const found = code ? await findPublicCase(db, code) : undefined;
  if (!found) {
    return renderPage(
      c,
      m.trackUnknownTitle,
      <>
        <p>{code ? m.trackUnknownBody : m.trackMistake}</p>
        <p>
          <a href="/track">{m.trackTitle}</a>
        </p>
      </>,
      404,
    );
  }
  const events = await publicTimeline(db, found.id);
  const places = await placeNames(c, [found.province_code, found.district_code, found.commune_code], lang);
  const grouped = formatTrackingCode(found.tracking_code);
  const isNew = c.req.query('new') === '1';
  return renderPage(
    c,
    isNew ? m.createdTitle : m.caseTitle(grouped),
    <>
      {isNew ? (
        <section class="notice" aria-labelledby="code-title">
          <p id="code-title">{m.createdBody}</p>
          <p class="tracking-code">
            <span translate="no">{grouped}</span>
          </p>
          <p>{m.createdKeep}</p>
        </section>
      ) : null}
      <dl>
        <dt>{m.trackLabel}</dt>
        <dd translate="no">{grouped}</dd>
        <dt>{m.status}</dt>
        <dd>
          <strong>{statusText(found.status, m)}</strong>
        </dd>
        <dt>{m.categoryShort}</dt>
        <dd>{lang === 'km' ? found.category_km : found.category_en}</dd>
        <dt>{m.place}</dt>
        <dd>{places.join(', ')}</dd>
        <dt>{m.office}</dt>
        <dd>{lang === 'km' ? found.office_km : found.office_en}</dd>
        <dt>{m.submitted}</dt>
        <dd>{formatDateTime(found.submitted_at, lang, digits)}</dd>
        <dt>{m.updated}</dt>
        <dd>{formatDateTime(found.updated_at, lang, digits)}</dd>
      </dl>
      <h2>{m.timeline}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{m.when}</th>
              <th scope="col">{m.what}</th>
              <th scope="col">{m.note}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr>
                <td>{formatDateTime(event.at, lang, digits)}</td>
                <td>{event.to_status ? statusText(event.to_status, m) : event.action}</td>
                <td>{event.public_note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">{m.noPersonalData}</p>
      <p>
        <a href="/concerns/new">{m.newConcern}</a>
      </p>
    </>,
  );
}
