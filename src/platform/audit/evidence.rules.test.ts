// A reader of an audit trail sees what changed, not the verifier's hashes.
import { describe, expect, it } from 'vitest';
import { sealOf, summaryForReaders } from './evidence.rules';

describe('an audit summary for readers', () => {
  it('drops the seals and keeps before and after', () => {
    const seal = sealOf('co_expenses', 'id', 7, { status: 'approved' }, ['status']);
    const stored = JSON.stringify({
      before: { status: 'pending' },
      after: { status: 'approved' },
      sealed: [seal],
    });
    expect(summaryForReaders(stored)).toBe('{"before":{"status":"pending"},"after":{"status":"approved"}}');
    expect(summaryForReaders(stored)).not.toContain(seal.hash);
  });

  it('shows a summary without seals, or one that is not JSON, as it is', () => {
    expect(summaryForReaders('{"after":{"x":1}}')).toBe('{"after":{"x":1}}');
    expect(summaryForReaders('plain words')).toBe('plain words');
    expect(summaryForReaders('null')).toBe('null');
  });
});
