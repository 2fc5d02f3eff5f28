// Table types of questions to the government and of bills and laws (migration 0007).
import type { Generated, Selectable } from 'kysely';

export const ANSWER_KINDS = ['written', 'oral'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export const INITIATORS = ['deputies', 'prime_minister'] as const;
export type Initiator = (typeof INITIATORS)[number];

/** Why an amendment is inadmissible (Art. 91). */
export const INADMISSIBLE_REASONS = ['reduces_public_income', 'increases_burden'] as const;
export type InadmissibleReason = (typeof INADMISSIBLE_REASONS)[number];

export interface MinistriesTable {
  code: string;
  name_en: string;
  name_km: string;
  is_prime_minister: Generated<number>;
  is_demo: Generated<number>;
}

export interface QuestionsTable {
  id: Generated<number>;
  legislature_id: number;
  membership_id: number;
  received_on: string;
  due_on: string;
  subject: string;
  body: string;
  answer_kind: AnswerKind | null;
  answered_on: string | null;
  answer_summary: string | null;
  debate_opened: number | null;
  /** Who signed the answer and its signed letter's stored file, when a ministry's office gave it (migration 0039). */
  answer_signer_name: string | null;
  answer_signer_post: string | null;
  answer_letter_name: string | null;
  recorded_at: string;
  is_demo: Generated<number>;
}

export interface QuestionAddresseesTable {
  question_id: number;
  ministry_code: string;
  minister_name: string | null;
}

export interface BillsTable {
  id: Generated<number>;
  legislature_id: number;
  title_en: string;
  title_km: string;
  initiated_by: Initiator;
  initiator_membership_id: number | null;
  introduced_on: string;
  adopted_on: string | null;
  adoption_vote_event_id: number | null;
  signed_on: string | null;
  urgent: Generated<number>;
  effective_phnom_penh: string | null;
  effective_nationwide: string | null;
  published_on: string | null;
  journal_reference: string | null;
  annulled_on: string | null;
  annulment_reference: string | null;
  recorded_at: string;
  updated_at: string;
  is_demo: Generated<number>;
}

export interface AmendmentsTable {
  id: Generated<number>;
  bill_id: number;
  membership_id: number | null;
  proposed_on: string;
  summary: string;
  inadmissible_reason: InadmissibleReason | null;
  inadmissible_note: string | null;
  recorded_at: string;
}

export interface QuestionsLawsTables {
  assembly_ministries: MinistriesTable;
  assembly_questions: QuestionsTable;
  assembly_question_addressees: QuestionAddresseesTable;
  assembly_bills: BillsTable;
  assembly_amendments: AmendmentsTable;
}

export type Question = Selectable<QuestionsTable>;
export type Bill = Selectable<BillsTable>;
export type Amendment = Selectable<AmendmentsTable>;
