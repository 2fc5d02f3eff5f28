// The secretariat's form pieces for questions and laws: labelled inputs that keep what was typed, and
// the list of what to correct when nothing was saved.

import type { ZodError } from 'zod';
import type { Ctx } from '../../platform/http/types';
import { dateInputHint } from '../../platform/i18n/date-input';
import { DateInput, FieldHint } from '../../web/form';
import type { ArticleRef } from './procedure/articles.rules';
import type { QuestionsLawsMessages } from './questions-laws.messages';

export interface FieldProblem {
  field: string;
  code: string;
  /** The article a refusal rests on, when the Constitution is the reason. */
  article?: ArticleRef;
}

/** Values as the form posted them, kept to fill the form again after a refusal. */
export type Posted = Record<string, string | string[]>;

export function problemsOf(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: String(issue.path[0] ?? ''),
    // Our own refinements carry a code as their message; zod's built-in ones are reported by kind.
    code: /^[a-z-]+$/.test(issue.message) ? issue.message : issue.code === 'too_big' ? 'too-long' : 'invalid',
  }));
}

export function ProblemList({
  problems,
  m,
  cite,
}: {
  problems: FieldProblem[];
  m: QuestionsLawsMessages;
  /** How an article is cited in the reader's language. */
  cite?: (article: ArticleRef) => string;
}) {
  if (problems.length === 0) return null;
  return (
    <div class="alert" role="alert">
      <p>{m.fixErrors}</p>
      <ul>
        {problems.map((p) => (
          <li>
            {p.field ? `${m.fields[p.field] ?? p.field}: ` : ''}
            {m.errors[p.code] ?? m.errors.invalid}
            {p.article && cite ? ` (${cite(p.article)})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

const value = (posted: Posted | undefined, name: string) => {
  const v = posted?.[name];
  return typeof v === 'string' ? v : '';
};

export function TextField(props: {
  id: string;
  name: string;
  label: string;
  posted?: Posted;
  /** A day typed (`DateInput`, never the browser's picker); it then needs its hint. */
  date?: boolean;
  /** Shown under the label and read with the control (a date's day/month/year hint). */
  hint?: string;
  required?: boolean;
  maxlength?: number;
  lang?: string;
  multiline?: boolean;
}) {
  const current = value(props.posted, props.name);
  return (
    <p>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <>
          <br />
          <FieldHint id={props.id} text={props.hint} />
        </>
      ) : null}
      <br />
      {props.multiline ? (
        <textarea
          id={props.id}
          name={props.name}
          rows={5}
          required={props.required}
          maxlength={props.maxlength}
          lang={props.lang}
        >
          {current}
        </textarea>
      ) : props.date ? (
        <DateInput id={props.id} name={props.name} required={props.required} value={current} />
      ) : (
        <input
          id={props.id}
          name={props.name}
          type="text"
          aria-describedby={props.hint ? `${props.id}-hint` : undefined}
          required={props.required}
          maxlength={props.maxlength}
          lang={props.lang}
          value={current}
        />
      )}
    </p>
  );
}

/** A day that must be given, with the hint of how to type it in the reader's numerals; its id is its name. */
export function DayField(props: { c: Ctx; name: string; label: string; posted?: Posted }) {
  return (
    <TextField
      id={props.name}
      name={props.name}
      date
      hint={dateInputHint(props.c.get('lang'), props.c.get('digits'))}
      label={props.label}
      required
      posted={props.posted}
    />
  );
}

export function SelectField(props: {
  id: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  placeholder?: string;
  posted?: Posted;
}) {
  const current = value(props.posted, props.name);
  return (
    <p>
      <label for={props.id}>{props.label}</label>
      <br />
      <select id={props.id} name={props.name}>
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </p>
  );
}

export function CheckField(props: { id: string; name: string; label: string; posted?: Posted }) {
  return (
    <p>
      <label>
        <input
          type="checkbox"
          id={props.id}
          name={props.name}
          value="1"
          checked={value(props.posted, props.name) === '1'}
          style="width:auto"
        />{' '}
        {props.label}
      </label>
    </p>
  );
}

/** A form body read as text fields (and lists of text for repeated names); files are ignored. */
export function postedOf(body: Record<string, unknown>): Posted {
  const posted: Posted = {};
  for (const [name, raw] of Object.entries(body)) {
    if (typeof raw === 'string') posted[name] = raw;
    else if (Array.isArray(raw)) posted[name] = raw.filter((v): v is string => typeof v === 'string');
  }
  return posted;
}

export const one = (posted: Posted, name: string) => value(posted, name);

export const many = (posted: Posted, name: string): string[] => {
  const v = posted[name];
  return Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
};
