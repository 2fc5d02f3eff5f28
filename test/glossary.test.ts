// The glossary (docs/glossary.md): every message map uses one Khmer term per notion, never a forbidden variant.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../src');

function messageFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return messageFiles(full);
    return /messages\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [full] : [];
  });
}

interface Rule {
  notion: string;
  term: string;
  forbidden: RegExp;
  /** Where the letters mean another notion: the file (relative to src) or the phrase, with why. */
  exceptFiles?: string[];
  exceptPhrases?: string[];
}

const RULES: Rule[] = [
  {
    notion: 'concern',
    term: 'កង្វល់',
    forbidden: /បញ្ហា/g,
    // An agenda "matter" of the Assembly, not a citizen's concern.
    exceptFiles: ['modules/assembly/procedure/rules.messages.ts', 'modules/assembly/records.messages.ts'],
    // "Something went wrong".
    exceptPhrases: ['មានបញ្ហាកើតឡើង', 'មានបញ្ហានៅខាងយើង'],
  },
  { notion: 'tracking code', term: 'លេខកូដតាមដាន', forbidden: /លេខតាមដាន/g },
  {
    notion: 'commission',
    term: 'គណៈកម្មការ',
    forbidden: /គណៈកម្មាធិការ/g,
    // The Permanent Standing Committee is another body than the commissions; the Assembly's records and
    // procedure pages name it (and posts in it) as such.
    exceptFiles: ['modules/assembly/procedure/rules.messages.ts', 'modules/assembly/records.messages.ts'],
    exceptPhrases: ['គណៈកម្មាធិការអចិន្ត្រៃយ៍'],
  },
];

describe('the Khmer glossary', () => {
  const files = messageFiles(ROOT);
  it('finds the message maps', () => expect(files.length).toBeGreaterThan(20));
  for (const rule of RULES)
    it(`writes "${rule.notion}" as ${rule.term} in every message map`, () => {
      const found: string[] = [];
      for (const file of files) {
        const rel = path.relative(ROOT, file).split(path.sep).join('/');
        if (rule.exceptFiles?.includes(rel)) continue;
        let text = fs.readFileSync(file, 'utf8');
        for (const phrase of rule.exceptPhrases ?? []) text = text.replaceAll(phrase, '');
        text.split('\n').forEach((line, i) => {
          if (line.match(rule.forbidden)) found.push(`${rel}:${i + 1}: ${line.trim().slice(0, 80)}`);
        });
      }
      expect(found).toEqual([]);
    });
});
