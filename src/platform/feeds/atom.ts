// Atom feeds (RFC 4287) of new records: questions, answers, laws, statements, assessments.

export interface AtomEntry {
  /** A permanent URI of the entry, e.g. `tag:sala,2026:question/12`. */
  id: string;
  title: string;
  /** ISO-8601 instant of the entry's last change. */
  updated: string;
  link: string;
  summary?: string;
}

const escapeXml = (s: string) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    // Characters XML 1.0 forbids (controls other than tab and line ends) would make the feed unreadable.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly those characters.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/** A whole feed; `updated` is the newest entry's, or `now` when there is none. */
export function renderAtom(
  feed: { id: string; title: string; selfLink: string; now: Date },
  entries: AtomEntry[],
): string {
  const updated =
    entries.reduce((newest, e) => (e.updated > newest ? e.updated : newest), '') || feed.now.toISOString();
  const items = entries.map(
    (e) =>
      `  <entry>\n    <id>${escapeXml(e.id)}</id>\n    <title>${escapeXml(e.title)}</title>\n    <updated>${escapeXml(e.updated)}</updated>\n    <link rel="alternate" href="${escapeXml(e.link)}"/>\n${e.summary ? `    <summary>${escapeXml(e.summary)}</summary>\n` : ''}  </entry>\n`,
  );
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom">\n' +
    `  <id>${escapeXml(feed.id)}</id>\n  <title>${escapeXml(feed.title)}</title>\n  <updated>${updated}</updated>\n` +
    `  <link rel="self" href="${escapeXml(feed.selfLink)}"/>\n  <author><name>Sala</name></author>\n` +
    `${items.join('')}</feed>\n`
  );
}

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
