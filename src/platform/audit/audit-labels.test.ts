// Every action and kind of record that Sala writes to the audit trail reads as words on /admin/audit, in
// Khmer and in English: a code missing from audit-labels.ts would show there as a raw code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/i18n';
import { auditActionText, auditEntityText } from './audit-labels';

const SRC = join(import.meta.dirname, '..', '..');

function productionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return productionFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The literal codes written as `<field>: '<code>'` in Sala's own files (the audit entries' fields). */
function writtenCodes(field: 'action' | 'entityType'): string[] {
  const pattern = new RegExp(`\\b${field}: '([a-z0-9_.-]+)'`, 'g');
  const codes = productionFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => match[1] as string),
  );
  return [...new Set(codes)].sort();
}

/** A bare step of a concern (`action: 'accept'` in a case's input) is written to the trail as `case.accept`. */
const asAudited = (action: string) => (/[.-]/.test(action) ? action : `case.${action}`);

describe('the audit trail in words', () => {
  it('finds the codes it checks', () => {
    expect(writtenCodes('action')).toContain('case.submit');
    expect(writtenCodes('entityType')).toContain('case');
  });

  it.each(LANGS)('names every action Sala writes, in %s', (lang) => {
    const unnamed = writtenCodes('action')
      .map(asAudited)
      .filter((code) => auditActionText(code, lang) === undefined);
    expect(unnamed).toEqual([]);
  });

  it.each(LANGS)('names every kind of record Sala audits, in %s', (lang) => {
    const unnamed = writtenCodes('entityType').filter((code) => auditEntityText(code, lang) === undefined);
    expect(unnamed).toEqual([]);
  });
});
