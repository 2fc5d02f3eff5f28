import { describe, expect, it } from 'vitest';
import { renderAtom } from './atom';

/** Checks that every element opens and closes in order: enough to catch broken escaping. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of xml
    .replace(/<\?xml[^>]*\?>/, '')
    .matchAll(/<(\/?)([A-Za-z][\w:-]*)(?:\s+[\w:-]+="[^"<]*")*\s*(\/?)>/g)) {
    if (selfClosing) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  const text = xml.replace(/<[^>]*>/g, '');
  return stack.length === 0 && !/[<>]/.test(text) && !/&(?!amp;|lt;|gt;|quot;)/.test(text);
}

describe('Atom feeds', () => {
  const feed = {
    id: 'tag:sala,2026:feed/test',
    title: 'Test & <feed>',
    selfLink: 'http://localhost/x.atom',
    now: new Date('2026-11-23T00:00:00Z'),
  };

  it('escapes titles and summaries and stays well formed', () => {
    const xml = renderAtom(feed, [
      {
        id: 'tag:sala,2026:q/1',
        title: 'Roads & <bridges> "now"\u0001',
        updated: '2026-11-20T01:00:00Z',
        link: 'http://localhost/q/1?a=1&b=2',
        summary: 'ផ្លូវ <ខូច>',
      },
      {
        id: 'tag:sala,2026:q/2',
        title: 'Second',
        updated: '2026-11-21T01:00:00Z',
        link: 'http://localhost/q/2',
      },
    ]);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<title>Roads &amp; &lt;bridges&gt; &quot;now&quot;</title>');
    expect(xml).toContain('href="http://localhost/q/1?a=1&amp;b=2"');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    // The feed's own date is its newest entry's.
    expect(xml).toContain('<updated>2026-11-21T01:00:00Z</updated>\n  <link rel="self"');
  });

  it('gives an empty feed the current time', () => {
    const xml = renderAtom(feed, []);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<updated>2026-11-23T00:00:00.000Z</updated>');
  });
});
