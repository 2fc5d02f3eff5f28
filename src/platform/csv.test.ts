import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRows, toCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF line ends', () => {
    const text = 'code,name\r\n1,"Human Rights, Complaints"\r\n2,"the ""second"" one"\r\n';
    expect(parseCsv(text)).toEqual([
      { code: '1', name: 'Human Rights, Complaints' },
      { code: '2', name: 'the "second" one' },
    ]);
  });
  it('keeps Khmer text and empty cells, and skips blank lines', () => {
    expect(parseCsv('a,b,c\nបាត់ដំបង,,x\n\n')).toEqual([{ a: 'បាត់ដំបង', b: '', c: 'x' }]);
  });
});

describe('toCsv', () => {
  it('quotes what must be quoted, defuses formulas, and reads back as written', () => {
    const text = toCsv([
      ['name', 'note'],
      ['ភូមិ "ថ្មី"', '=HYPERLINK("x")'],
      ['a,b', 'line\nbreak'],
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('"ភូមិ ""ថ្មី"""');
    expect(parseCsvRows(text.slice(1).trimEnd())).toEqual([
      ['name', 'note'],
      ['ភូមិ "ថ្មី"', `'=HYPERLINK("x")`],
      ['a,b', 'line\nbreak'],
    ]);
  });
});
