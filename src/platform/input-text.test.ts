import { describe, expect, it } from 'vitest';
import { holdsNul, nestedTooDeep } from './http/text';
import { text } from './input-text';

describe('free text from people', () => {
  it.each([
    ['ផ្លូវខូច', true],
    ['Road 12', true],
    ['12', true],
    ['', true],
    ['ា'.repeat(20), false],
    ['\u200b'.repeat(12), false],
    ['ា ផ្លូវ', false],
    ['\uD800 x', false],
  ])('%j is accepted: %s', (value, accepted) => {
    expect(text(100).safeParse(value).success).toBe(accepted);
  });
});

describe('request bodies', () => {
  it('finds U+0000 at any depth without recursion, and refuses deep nesting', () => {
    const deep = JSON.parse(`${'['.repeat(20_000)}"\\u0000"${']'.repeat(20_000)}`);
    expect(holdsNul(deep)).toBe(true);
    expect(nestedTooDeep(deep)).toBe(true);
    expect(nestedTooDeep({ a: [{ b: 'c' }] })).toBe(false);
  });
});
