// Table types of the ministries' own answers (migration 0035): to an Assembly question or a forwarded concern.
import type { Generated, Selectable } from 'kysely';

export interface MinistryAnswersTable {
  id: Generated<number>;
  ministry_code: string;
  /** One of the two: the Assembly's question, or the case forwarded to the ministry. */
  question_id: number | null;
  case_id: number | null;
  answer: string;
  /** Who signed the letter: a public official, named as the letter names them. */
  signer_name: string;
  signer_post: string;
  /** The signed letter, checked by its bytes and stored with a random name. */
  letter_name: string;
  letter_type: string;
  letter_bytes: number;
  /** The Phnom Penh day of the answer. */
  answered_on: string;
  answered_at: string;
  answered_by: number | null;
  is_demo: Generated<number>;
}

export interface MinistryTables {
  ministry_answers: MinistryAnswersTable;
}

export type MinistryAnswer = Selectable<MinistryAnswersTable>;
