// The public "rules explained" page: each rule of Chapter VII in plain words with its article, and a GET-form
// calculator that works without JavaScript. A view: procedure.routes.tsx reads the form's fields from the URL.
import type { Child } from 'hono/jsx';
import type { Ctx } from '../../../platform/http/types';
import { dateInputHint, parseTypedDate } from '../../../platform/i18n/date-input';
import { type Digits, formatDate, formatNumber, inDigits, type Lang } from '../../../platform/i18n/i18n';
import { latinDigits } from '../../../platform/input-text';
import { dateControlAttrs } from '../../../web/form';
import { renderPage } from '../../../web/page';
import { ARTICLES, type ArticleRef, citation } from './articles.rules';
import {
  electionLatestAfterDissolution,
  firstSessionLatest,
  lawEffectiveDates,
  questionDueDate,
} from './dates.rules';
import { needsText, reasonText } from './explain.presenter';
import { checkEligibility, replacementAllowed } from './members.rules';
import { type Checked, checkCount, type InputProblem } from './problems.rules';
import { type RulesMessages, rulesMessages } from './rules.messages';
import { MATTER_RULES, MATTERS, QUORUM, quorumRequired, requiredMembers } from './thresholds.rules';
import { evaluateVote } from './votes.rules';

const DEFAULT_MEMBERS = 125;

/** The calculators, in page order; each is a section with this id and a form sending `calc=<id>`. */
export const CALCS = [
  'thresholds',
  'vote',
  'law',
  'question',
  'first-session',
  'dissolution',
  'eligibility',
  'replacement',
] as const;
export type Calc = (typeof CALCS)[number];

interface Field {
  name: string;
  kind: 'count' | 'date' | 'checkbox' | 'matter';
  label: keyof RulesMessages;
  hint?: keyof RulesMessages;
}

const FIELDS: Record<Calc, Field[]> = {
  thresholds: [{ name: 'members', kind: 'count', label: 'members', hint: 'membersHint' }],
  vote: [
    { name: 'matter', kind: 'matter', label: 'matter' },
    { name: 'members', kind: 'count', label: 'members', hint: 'membersHint' },
    { name: 'present', kind: 'count', label: 'present' },
    { name: 'yes', kind: 'count', label: 'votesYes' },
    { name: 'no', kind: 'count', label: 'votesNo' },
    { name: 'abstain', kind: 'count', label: 'abstain' },
    { name: 'questionDay', kind: 'checkbox', label: 'questionDay' },
  ],
  law: [
    { name: 'signedOn', kind: 'date', label: 'signedOn' },
    { name: 'urgent', kind: 'checkbox', label: 'urgent' },
  ],
  question: [{ name: 'receivedOn', kind: 'date', label: 'receivedOn' }],
  'first-session': [{ name: 'electionDay', kind: 'date', label: 'electionDay' }],
  dissolution: [{ name: 'dissolvedOn', kind: 'date', label: 'dissolvedOn' }],
  eligibility: [
    { name: 'birthDate', kind: 'date', label: 'birthDate' },
    { name: 'electionDay', kind: 'date', label: 'electionDay' },
    { name: 'khmerNationalityAtBirth', kind: 'checkbox', label: 'khmerNationalityAtBirth' },
  ],
  replacement: [
    { name: 'vacatedOn', kind: 'date', label: 'vacatedOn' },
    { name: 'mandateEndsOn', kind: 'date', label: 'mandateEndsOn' },
  ],
};

/** What a form shows before anything is sent: today's Assembly, and the usual case of a Khmer-born candidate. */
const EMPTY_FORM: Partial<Record<Calc, Record<string, string>>> = {
  thresholds: { members: String(DEFAULT_MEMBERS) },
  vote: { members: String(DEFAULT_MEMBERS) },
  eligibility: { khmerNationalityAtBirth: 'yes' },
};

/** What the visitor typed, the errors by field, and the page status they lead to. */
interface Submitted {
  calc: Calc;
  values: Record<string, string>;
  errors: Record<string, string>;
  status: 200 | 400 | 422;
  result: Child | null;
}

/** Khmer numerals typed on a Khmer keyboard read as the same numbers. */
const typedNumber = (text: string) => latinDigits(text).trim();

/** A count from the form: missing or not digits is malformed (400); the rules judge the number. */
function readCount(text: string | undefined): { ok: true; value: number } | { ok: false; missing: boolean } {
  const typed = typedNumber(text ?? '');
  if (typed === '') return { ok: false, missing: true };
  if (!/^\d{1,9}$/.test(typed)) return { ok: false, missing: false };
  return { ok: true, value: Number(typed) };
}

function Article({ refs, lang, digits = 'latn' }: { refs: ArticleRef; lang: Lang; digits?: Digits }) {
  return (
    <p class="muted">
      <strong>{citation(refs, lang, digits)}</strong> — {ARTICLES[refs][lang]}
    </p>
  );
}

function DateText({ iso, lang, digits }: { iso: string; lang: Lang; digits: Digits }) {
  return <time datetime={iso}>{formatDate(`${iso}T12:00:00Z`, lang, digits)}</time>;
}

function ResultBox(props: { calc: Calc; m: RulesMessages; children: Child }) {
  return (
    <section class="notice" aria-labelledby={`${props.calc}-result`}>
      <h3 id={`${props.calc}-result`}>{props.m.result}</h3>
      {props.children}
    </section>
  );
}

/** One calculator form; every field has a label, and its error is tied to it with aria-describedby. */
function CalcForm(props: {
  calc: Calc;
  m: RulesMessages;
  lang: Lang;
  digits: Digits;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { calc, m, values, errors } = props;
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form method="get" action={`/assembly/rules#${calc}`}>
      <input type="hidden" name="calc" value={calc} />
      {hasErrors ? (
        <p class="error" role="alert">
          {m.fixErrors}
        </p>
      ) : null}
      {FIELDS[calc].map((field) => {
        const id = `${calc}-${field.name}`;
        const error = errors[field.name];
        const hintText =
          field.kind === 'date'
            ? dateInputHint(props.lang, props.digits)
            : field.hint
              ? (m[field.hint] as string)
              : null;
        const described = [hintText ? `${id}-hint` : null, error ? `${id}-error` : null]
          .filter(Boolean)
          .join(' ');
        const hint = hintText ? (
          <span class="muted" id={`${id}-hint`}>
            {hintText}
          </span>
        ) : null;
        const errorText = error ? (
          <span class="error" id={`${id}-error`}>
            {error}
          </span>
        ) : null;
        if (field.kind === 'checkbox') {
          return (
            <div class="check">
              <input
                type="checkbox"
                id={id}
                name={field.name}
                value="yes"
                checked={values[field.name] === 'yes'}
                aria-describedby={described || undefined}
              />
              <div>
                <label for={id}>{m[field.label] as string}</label>
                {errorText}
              </div>
            </div>
          );
        }
        return (
          <p>
            <label for={id}>{m[field.label] as string}</label>
            {hint}
            {hint ? <br /> : null}
            {field.kind === 'matter' ? (
              <select
                id={id}
                name={field.name}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={described || undefined}
              >
                {MATTERS.map((matter) => (
                  <option value={matter} selected={values[field.name] === matter}>
                    {m.matters[matter]}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={field.name}
                value={values[field.name] ?? ''}
                size={field.kind === 'count' ? 8 : 12}
                {...(field.kind === 'date'
                  ? dateControlAttrs(id, { error })
                  : {
                      inputmode: field.kind === 'count' ? ('numeric' as const) : undefined,
                      autocomplete: 'off',
                      maxlength: 9,
                      'aria-invalid': error ? ('true' as const) : undefined,
                      'aria-describedby': described || undefined,
                    })}
              />
            )}
            {errorText ? <br /> : null}
            {errorText}
          </p>
        );
      })}
      <p>
        <button type="submit">{m.calculate}</button>
      </p>
    </form>
  );
}

function DateResult(props: { rows: [string, string][]; article: ArticleRef; lang: Lang; digits: Digits }) {
  return (
    <>
      <dl>
        {props.rows.map(([label, iso]) => (
          <>
            <dt>{label}</dt>
            <dd>
              <strong>
                <DateText iso={iso} lang={props.lang} digits={props.digits} />
              </strong>{' '}
              <span class="muted" translate="no">
                ({inDigits(iso, props.digits)})
              </span>
            </dd>
          </>
        ))}
      </dl>
      <Article refs={props.article} lang={props.lang} digits={props.digits} />
    </>
  );
}

/** Runs the submitted calculator: values back into the form, errors by field, the result with its article. */
function runCalc(c: Ctx, calc: Calc, typed: (name: string) => string | undefined): Submitted {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = rulesMessages[lang];
  const n = (value: number) => formatNumber(value, lang, digits);
  const values: Record<string, string> = {};
  for (const field of FIELDS[calc]) values[field.name] = typed(field.name) ?? '';
  const malformed: Record<string, string> = {};
  const counts: Record<string, number> = {};
  for (const field of FIELDS[calc]) {
    if (field.kind === 'count') {
      const read = readCount(values[field.name]);
      if (read.ok) counts[field.name] = read.value;
      else malformed[field.name] = read.missing ? m.missing : m.problems.not_whole_number;
    } else if (field.kind === 'date') {
      const typedDate = values[field.name] ?? '';
      values[field.name] = parseTypedDate(typedDate) ?? typedNumber(typedDate);
      if (values[field.name] === '') malformed[field.name] = m.missing;
    }
  }
  if (Object.keys(malformed).length > 0)
    return { calc, values, errors: malformed, status: 400, result: null };

  const refused = (found: InputProblem): Submitted => ({
    calc,
    values,
    errors: { [found.field]: m.problems[found.code] },
    status: 422,
    result: null,
  });
  const dated = <T,>(checked: Checked<T>, show: (value: T) => Child): Submitted =>
    checked.ok
      ? {
          calc,
          values,
          errors: {},
          status: 200,
          result: (
            <ResultBox calc={calc} m={m}>
              {show(checked.value)}
            </ResultBox>
          ),
        }
      : refused(checked.error);
  const flag = (name: string) => values[name] === 'yes';

  switch (calc) {
    case 'thresholds': {
      const members = counts.members ?? DEFAULT_MEMBERS;
      const found =
        checkCount('members', members) ??
        (members < 1 ? { field: 'members', code: 'no_members' as const } : null);
      return found ? refused(found) : { calc, values, errors: {}, status: 200, result: null };
    }
    case 'vote': {
      const yes = counts.yes ?? 0;
      const decided = evaluateVote({
        matter: values.matter ?? '',
        members: counts.members ?? 0,
        present: counts.present ?? 0,
        yes,
        no: counts.no ?? 0,
        abstain: counts.abstain ?? 0,
        questionDay: flag('questionDay'),
      });
      return dated(decided, (d) => {
        const isRequest = MATTER_RULES[d.matter].kind === 'request';
        return (
          <>
            <p>
              <strong>
                {isRequest && d.outcome !== 'invalid' ? m.requestOutcomes[d.outcome] : m.outcomes[d.outcome]}
              </strong>
            </p>
            <p>{reasonText(d, yes, lang, digits)}</p>
            {isRequest ? null : (
              <p>{m.quorumLine(n(d.quorum.present), n(d.quorum.required), d.quorum.met)}</p>
            )}
            {d.warnings.length > 0 ? (
              <p>
                <strong>{m.belowMinimum}</strong>
              </p>
            ) : null}
            <Article refs={d.article} lang={lang} digits={digits} />
            {d.warnings.map((w) => (
              <Article refs={w.article} lang={lang} digits={digits} />
            ))}
          </>
        );
      });
    }
    case 'law':
      return dated(lawEffectiveDates(values.signedOn ?? '', flag('urgent')), (v) => (
        <DateResult
          rows={[
            [m.phnomPenh, v.phnomPenh],
            [m.nationwide, v.nationwide],
          ]}
          article={v.article}
          lang={lang}
          digits={digits}
        />
      ));
    case 'question':
      return dated(questionDueDate(values.receivedOn ?? ''), (v) => (
        <DateResult rows={[[m.dueOn, v.on]]} article={v.article} lang={lang} digits={digits} />
      ));
    case 'first-session':
      return dated(firstSessionLatest(values.electionDay ?? ''), (v) => (
        <DateResult rows={[[m.firstSessionLatest, v.on]]} article={v.article} lang={lang} digits={digits} />
      ));
    case 'dissolution':
      return dated(electionLatestAfterDissolution(values.dissolvedOn ?? ''), (v) => (
        <DateResult rows={[[m.electionLatest, v.on]]} article={v.article} lang={lang} digits={digits} />
      ));
    case 'eligibility':
      return dated(
        checkEligibility({
          khmerNationalityAtBirth: flag('khmerNationalityAtBirth'),
          birthDate: values.birthDate ?? '',
          electionDay: values.electionDay ?? '',
        }),
        (v) => (
          <>
            <p>
              <strong>{v.eligible ? m.eligible : m.notEligible}</strong>
            </p>
            {v.refusals.length > 0 ? (
              <ul>
                {v.refusals.map((r) => (
                  <li>{m.refusals[r.code]}</li>
                ))}
              </ul>
            ) : null}
            <Article refs="76.3" lang={lang} digits={digits} />
          </>
        ),
      );
    case 'replacement':
      return dated(
        replacementAllowed({ vacatedOn: values.vacatedOn ?? '', mandateEndsOn: values.mandateEndsOn ?? '' }),
        (v) => (
          <>
            <p>
              <strong>{v.allowed ? m.replacementAllowed : m.replacementRefused}</strong>
            </p>
            <p>
              {m.latestVacancy}: <DateText iso={v.latestVacancy} lang={lang} digits={digits} />
            </p>
            <Article refs={v.article} lang={lang} digits={digits} />
          </>
        ),
      );
  }
}

function ThresholdsTable(props: { members: number; lang: Lang; digits: Digits; m: RulesMessages }) {
  const { members, lang, digits, m } = props;
  const n = (value: number) => formatNumber(value, lang, digits);
  return (
    // Focusable and named: on a narrow phone the table scrolls sideways, and keyboards must reach it.
    <section class="table-wrap" tabindex={0} aria-labelledby="thresholds-caption">
      <table>
        <caption id="thresholds-caption">{m.thresholdsCaption(n(members))}</caption>
        <thead>
          <tr>
            <th scope="col">{m.matter}</th>
            <th scope="col">{m.membersNeeded}</th>
            <th scope="col">{m.needs}</th>
          </tr>
        </thead>
        <tbody>
          {MATTERS.map((matter) => (
            <tr>
              <th scope="row">{m.matters[matter]}</th>
              <td>
                <strong>{n(requiredMembers(matter, members))}</strong>
              </td>
              <td>
                {needsText(MATTER_RULES[matter].rule, lang, digits)}
                <br />
                <span class="muted">{citation(MATTER_RULES[matter].article, lang, digits)}</span>
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{m.quorumRow}</th>
            <td>
              <strong>{n(quorumRequired(members))}</strong>
            </td>
            <td>
              {m.atLeastFraction(`${n(QUORUM.fraction.numerator)}/${n(QUORUM.fraction.denominator)}`)}
              <br />
              <span class="muted">{citation(QUORUM.article, lang, digits)}</span>
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** The rules explained, with the result of the calculator `asked` (none: null) run on the `typed` fields. */
export function rulesView(c: Ctx, asked: Calc | null, typed: (name: string) => string | undefined) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = rulesMessages[lang];
  const submitted = asked ? runCalc(c, asked, typed) : null;
  const stateOf = (calc: Calc): Pick<Submitted, 'values' | 'errors' | 'result'> =>
    submitted?.calc === calc
      ? submitted
      : {
          values: EMPTY_FORM[calc] ?? {},
          errors: {},
          result: null,
        };
  const tableMembers =
    submitted?.calc === 'thresholds' && submitted.status === 200
      ? Number(typedNumber(submitted.values.members ?? '')) || DEFAULT_MEMBERS
      : DEFAULT_MEMBERS;

  const titles: Record<Calc, string> = {
    thresholds: m.majoritiesTitle,
    vote: m.voteTitle,
    law: m.lawTitle,
    question: m.questionTitle,
    'first-session': m.firstSessionTitle,
    dissolution: m.dissolutionTitle,
    eligibility: m.eligibilityTitle,
    replacement: m.replacementTitle,
  };
  const bodies: Record<Calc, Child> = {
    thresholds: (
      <>
        <p>{m.majoritiesBody}</p>
        <ThresholdsTable members={tableMembers} lang={lang} digits={digits} m={m} />
        <Article refs="90.1–6" lang={lang} digits={digits} />
        <Article refs="88.3" lang={lang} digits={digits} />
      </>
    ),
    vote: (
      <>
        <p>{m.voteBody}</p>
        <Article refs="88.3" lang={lang} digits={digits} />
        <Article refs="96.6" lang={lang} digits={digits} />
      </>
    ),
    law: (
      <>
        <p>{m.lawBody}</p>
        <Article refs="93" lang={lang} digits={digits} />
      </>
    ),
    question: (
      <>
        <p>{m.questionBody}</p>
        <Article refs="96" lang={lang} digits={digits} />
      </>
    ),
    'first-session': (
      <>
        <p>{m.firstSessionBody}</p>
        <Article refs="82.1" lang={lang} digits={digits} />
      </>
    ),
    dissolution: (
      <>
        <p>{m.dissolutionBody}</p>
        <Article refs="78.2" lang={lang} digits={digits} />
        <Article refs="86.3" lang={lang} digits={digits} />
        <Article refs="78.3" lang={lang} digits={digits} />
      </>
    ),
    eligibility: (
      <>
        <p>{m.eligibilityBody}</p>
        <Article refs="76.3" lang={lang} digits={digits} />
      </>
    ),
    replacement: (
      <>
        <p>{m.replacementBody}</p>
        <Article refs="95" lang={lang} digits={digits} />
      </>
    ),
  };

  return renderPage(
    c,
    m.title,
    <>
      <p>{m.intro}</p>
      <nav aria-labelledby="rules-contents">
        <h2 id="rules-contents">{m.contents}</h2>
        <ul>
          {CALCS.map((calc) => (
            <li>
              <a href={`#${calc}`}>{titles[calc]}</a>
            </li>
          ))}
          <li>
            <a href="#other">{m.otherTitle}</a>
          </li>
        </ul>
      </nav>
      {CALCS.map((calc) => {
        const state = stateOf(calc);
        return (
          <section id={calc} aria-labelledby={`${calc}-title`}>
            <h2 id={`${calc}-title`}>{titles[calc]}</h2>
            {bodies[calc]}
            <CalcForm
              calc={calc}
              m={m}
              lang={lang}
              digits={digits}
              values={state.values}
              errors={state.errors}
            />
            {state.result}
          </section>
        );
      })}
      <section id="other" aria-labelledby="other-title">
        <h2 id="other-title">{m.otherTitle}</h2>
        <ul>
          {m.otherRules.map((rule) => (
            <li>
              <strong>{citation(rule.ref, lang, digits)}</strong> — {rule.text}
            </li>
          ))}
        </ul>
      </section>
    </>,
    submitted?.status ?? 200,
  );
}
