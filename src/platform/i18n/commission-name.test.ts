import { describe, expect, it } from 'vitest';
import { commissionName, hasKhmerLetters } from './commission-name';

describe('commissionName', () => {
  it('uses the Khmer name on Khmer pages and the English one on English pages', () => {
    const c = { code: 'C03', name_km: 'គណៈកម្មការសុខាភិបាល', name_en: 'Health commission' };
    expect(commissionName('km', c)).toBe('គណៈកម្មការសុខាភិបាល');
    expect(commissionName('en', c)).toBe('Health commission');
  });
  it('names a commission without a Khmer name by its Khmer number, never in English', () => {
    expect(commissionName('km', { code: 'C01', name_km: null, name_en: 'Human rights' })).toBe('គណៈកម្មការទី១');
    expect(commissionName('km', { code: 'C10', name_km: '  ', name_en: 'Education' })).toBe('គណៈកម្មការទី១០');
    expect(commissionName('en', { code: 'C10', name_km: null, name_en: 'Education' })).toBe('Education');
  });
  it('tells a Khmer name from a Latin one', () => {
    expect(hasKhmerLetters('គណៈកម្មការ')).toBe(true);
    expect(hasKhmerLetters('Commission ១')).toBe(false);
  });
});
