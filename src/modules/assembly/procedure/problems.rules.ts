// Why a rule could not be applied to its input: a field and a stable code, shown in the reader's language.

/** The kinds of impossible or malformed input the procedure rules refuse. */
export const PROBLEM_CODES = [
  'not_whole_number',
  'negative',
  'too_large',
  'no_members',
  'more_present_than_members',
  'more_votes_than_present',
  'more_supporters_than_members',
  'unknown_matter',
  'not_a_date',
  'date_out_of_range',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One refused input: which field, and why. */
export interface InputProblem {
  field: string;
  code: ProblemCode;
}

/**
 * Like platform/result's `Result`, but the error is an `InputProblem` (a field and a code), so a page
 * can show the message beside the field that caused it.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: InputProblem };

export const problem = (field: string, code: ProblemCode): { ok: false; error: InputProblem } => ({
  ok: false,
  error: { field, code },
});

/**
 * Member counts above this are refused: no assembly is that large, and it keeps every product in
 * the threshold arithmetic far inside the integers a JavaScript number holds exactly.
 */
export const MAX_MEMBERS = 100_000;

/** A count of members: a whole number from 0 to MAX_MEMBERS. */
export function checkCount(field: string, value: number): InputProblem | null {
  if (!Number.isInteger(value)) return { field, code: 'not_whole_number' };
  if (value < 0) return { field, code: 'negative' };
  if (value > MAX_MEMBERS) return { field, code: 'too_large' };
  return null;
}
