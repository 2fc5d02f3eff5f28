// Table types of questions to the government and of bills and laws (migration 0007).
export type QuestionsLawsTables = Record<never, never>;
