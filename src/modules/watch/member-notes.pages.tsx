// Watchdogs' notes on an MP's record, newest first with their sum, and the watchdog's form to add one;
// embedded in the member's scorecard page.
import { type Digits, formatDate, formatNumber, type Lang } from '../../platform/i18n/i18n';
import { CsrfField } from '../../web/layout';
import { ExternalLink, Field, type FormState, Problems, refilled, type ViewBase } from './form-parts.pages';
import { statementMessages } from './statements.messages';
import type { MemberNoteRow } from './watch.rows';

/** A score or a sum of scores with its sign, as a reader writes it: +2, 0, −1 (or +២, ០, −១). */
function signed(n: number, lang: Lang, digits: Digits): string {
  const size = formatNumber(Math.abs(n), lang, digits);
  return n > 0 ? `+${size}` : n < 0 ? `−${size}` : size;
}

/** The watchdogs' notes on a member, and (for a watchdog) the form that adds one. */
export function MemberNotes(
  p: ViewBase & {
    personId: number;
    notes: MemberNoteRow[];
    mayAdd: boolean;
    state?: FormState;
    heading: string;
  },
) {
  const m = statementMessages[p.lang];
  const sum = p.notes.reduce((total, n) => total + n.score, 0);
  const score = (n: number) => signed(n, p.lang, p.digits);
  return (
    <section id="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{p.heading}</h2>
      <p>{m.notesIntro(score(1), score(0), score(-1))}</p>
      {p.notes.length === 0 ? (
        <p>{m.noNotes}</p>
      ) : (
        <>
          <p>{m.scoreSum(score(sum), p.notes.length, formatNumber(p.notes.length, p.lang, p.digits))}</p>
          <ul class="notes">
            {p.notes.map((n) => (
              <li>
                <strong>
                  {m.score} {score(n.score)}
                </strong>{' '}
                — {n.remark} <ExternalLink href={n.source_url}>{m.source}</ExternalLink>
                <br />
                <span class="muted">
                  {formatDate(n.created_at, p.lang, p.digits)}
                  {n.author ? ` ${m.by} ${n.author}` : ''}
                  {n.is_demo ? ` (${m.demo})` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {p.mayAdd ? (
        <form method="post" action={`/watch/members/${p.personId}/notes`}>
          <CsrfField token={p.csrfToken} />
          <h3>{m.addNote}</h3>
          <Problems title={m.errorTitle} state={p.state} form="note" />
          <Field form="note" name="remark" label={m.remark} hint={m.remarkHint} state={p.state} area />
          <fieldset>
            <legend>{m.score}</legend>
            {(['1', '0', '-1'] as const).map((s) => (
              <label>
                <input
                  type="radio"
                  name="score"
                  value={s}
                  required
                  checked={refilled(p.state, 'note', 'score') === s}
                />{' '}
                {score(Number(s))} {m.scoreChoices[s]}{' '}
              </label>
            ))}
          </fieldset>
          <Field form="note" name="sourceUrl" label={m.sourceUrl} type="url" state={p.state} />
          <button type="submit">{m.save}</button>
        </form>
      ) : null}
    </section>
  );
}
