import { describe, expect, it } from 'vitest';
import { normalizePhone, parseKhmerNumber } from './numbers';

describe('numbers as typed in Cambodia', () => {
  it.each([
    ['១០,០០០', {}, 10000],
    ['10,000', {}, 10000],
    ['10 000', {}, 10000],
    ['10\u00A0000', {}, 10000],
    ['1,234,567', {}, 1234567],
    ['១២៣៤៥', {}, 12345],
    [' 42 ', {}, 42],
    ['១០.៥', { decimals: 2 }, 10.5],
    ['1,250.75', { decimals: 2 }, 1250.75],
    ['-3.5', { decimals: 1, negative: true }, -3.5],
  ])('%s is read as a number', (typed, rules, expected) => {
    expect(parseKhmerNumber(typed, rules)).toBe(expected);
  });

  it.each([
    ['10,5', {}, 'a decimal comma or a mistyped grouping: ambiguous'],
    ['1,00', {}, 'groups are three digits'],
    ['10,000 000', {}, 'one kind of separator per number'],
    ['10.5', {}, 'a whole number is expected'],
    ['10.555', { decimals: 2 }, 'more decimals than allowed'],
    ['1.2.3', { decimals: 2 }, 'two decimal points'],
    ['-5', {}, 'negative not allowed'],
    ['12abc', {}, 'junk'],
    ['', {}, 'empty'],
    ['១០ ០០០ រៀល', {}, 'a unit word'],
  ])('%s is refused (%s)', (typed, rules, _why) => {
    expect(parseKhmerNumber(typed, rules)).toBeNull();
  });
});

describe('phone numbers as typed in Cambodia', () => {
  it.each([
    ['០១២ ៣៤៥ ៦៧៨', '+85512345678'],
    ['012 345 678', '+85512345678'],
    ['012-345-678', '+85512345678'],
    ['012.345.678', '+85512345678'],
    ['(012) 345 678', '+85512345678'],
    ['+855 12 345 678', '+85512345678'],
    ['+855 (0)12 345 678', '+85512345678'],
    ['855 12 345 678', '+85512345678'],
    ['00855 12 345 678', '+85512345678'],
    ['096 123 4567', '+855961234567'],
    ['023 123 456', '+85523123456'],
    ['+66 81 234 5678', '+66812345678'],
  ])('%s is %s', (typed, canonical) => {
    expect(normalizePhone(typed)).toBe(canonical);
  });

  it.each([
    ['12 345 678', 'no trunk 0 or country code: could be anywhere'],
    ['012 345', 'too short for Cambodia'],
    ['012 345 678 901', 'too long for Cambodia'],
    ['+855 0 0', 'only zeros'],
    ['012 ABC 678', 'letters'],
    ['+', 'nothing'],
  ])('%s is refused (%s)', (typed) => {
    expect(normalizePhone(typed)).toBeNull();
  });
});
