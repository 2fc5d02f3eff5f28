import { describe, expect, it } from 'vitest';
import { questionStatus } from './questions.rules';

describe('question status (Art. 96)', () => {
  const q = { due_on: '2026-03-08', answered_on: null };
  it.each([
    ['2026-03-07', 'awaiting'],
    ['2026-03-08', 'awaiting'],
    ['2026-03-09', 'overdue'],
  ] as const)('unanswered on %s: %s', (today, status) => {
    expect(questionStatus(q, today)).toBe(status);
  });
  it.each([
    ['2026-03-01', 'answered_on_time'],
    ['2026-03-08', 'answered_on_time'],
    ['2026-03-09', 'answered_late'],
  ] as const)('answered on %s: %s, whatever the day', (answeredOn, status) => {
    expect(questionStatus({ ...q, answered_on: answeredOn }, '2030-01-01')).toBe(status);
  });
});
