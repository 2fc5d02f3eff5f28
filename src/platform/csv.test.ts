import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

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
