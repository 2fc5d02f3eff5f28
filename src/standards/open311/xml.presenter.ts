// Hand-written XML for Open311: every text escaped, characters XML 1.0 cannot carry dropped.

// Outside XML 1.0's Char production (C0 controls other than tab/newline/return, lone surrogates,
// U+FFFE/U+FFFF): a parser refuses the whole document if one of them appears, even escaped.
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text made safe for an element's content or an attribute's value. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export type XmlContent = string | number | boolean | null | undefined | XmlChildren;

/** Elements already written by `el`, kept apart from text so that they are never escaped twice. */
export interface XmlChildren {
  readonly children: string[];
}

export const children = (elements: string[]): XmlChildren => ({ children: elements });

/** One element: text content escaped, child elements as written, empty (`<name/>`) when there is no value. */
export function el(name: string, content: XmlContent): string {
  if (content === null || content === undefined) return `<${name}/>`;
  if (typeof content === 'object') return `<${name}>${content.children.join('')}</${name}>`;
  return `<${name}>${escapeXml(String(content))}</${name}>`;
}

/** Elements from a flat record of fields, in the record's order. */
export function fields(record: Record<string, string | number | boolean | null | undefined>): string[] {
  return Object.entries(record).map(([name, value]) => el(name, value));
}

/** A whole document with the declaration the standard asks for. */
export function xmlDocument(root: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root}`;
}
