import { describe, expect, it } from 'vitest';
import { parseId, rowId } from './path-params';

describe('row ids', () => {
  it('reads plain digits naming 1..2147483647, Latin or Khmer', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('2147483647')).toBe(2147483647);
    expect(parseId('០៤២')).toBe(42);
    expect(parseId('007')).toBe(7);
  });

  it('refuses what PostgreSQL’s integer cannot hold and what only Number() would read as a number', () => {
    for (const raw of [
      '2147483648',
      '99999999999999999999',
      '0',
      '-1',
      '+1',
      '1e3',
      '1.5',
      ' 1',
      '0x10',
      'NaN',
      '',
    ]) {
      expect(parseId(raw), raw).toBeUndefined();
    }
    expect(parseId(undefined)).toBeUndefined();
  });

  it('takes a typed form id with spaces around it, and refuses the rest with the given message', () => {
    expect(rowId().parse(' 12 ')).toBe(12);
    expect(rowId().parse(12)).toBe(12);
    const refused = rowId('bad-id').safeParse('2147483648');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toBe('bad-id');
  });
});
