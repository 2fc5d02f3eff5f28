// The audit trail as an administrator reads it: times in Khmer on the 24-hour clock, kinds in words.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { appendAudit } from './audit.queries';

describeEachDatabase(
  'the audit trail page in Khmer',
  (t) => {
    let app: TestApp;
    let admin: Browser;
    beforeAll(async () => {
      app = testApp(t.db);
      admin = await new Browser(app).signIn('admin');
      await t.db.kysely.transaction().execute(async (trx) => {
        await appendAudit(
          trx,
          { userId: null, label: 'tester' },
          { action: 'user.create', entityType: 'user', entityId: 'audit-page-test' },
        );
        await appendAudit(
          trx,
          { userId: null, label: 'tester' },
          { action: 'case.forward', entityType: 'case', entityId: 'audit-page-case' },
        );
      });
      // 07:05 UTC is 14:05 in Phnom Penh: past noon, where the Khmer locale's default would say "2:05 PM".
      await sql`update audit_log set at = ${'2026-03-05T07:05:00.000Z'} where entity_id in ('audit-page-test', 'audit-page-case')`.execute(
        t.db.kysely,
      );
    });

    const page = async (cookie: string) => {
      const res = await admin.get('/admin/audit', { cookie: `${cookie}; ${admin.jar.header()}` });
      expect(res.status).toBe(200);
      return res.text();
    };

    it('writes the time in Khmer on the 24-hour clock, in Khmer numerals when chosen, never AM/PM', async () => {
      const html = await page('sala_lang=km; sala_digits=khmr');
      expect(html).toContain('៥ មីនា ២០២៦ ម៉ោង ១៤:០៥');
      expect(html).not.toMatch(/\b[AP]M\b/);
      const latin = await page('sala_lang=km; sala_digits=latn');
      expect(latin).toContain('5 មីនា 2026 ម៉ោង 14:05');
      expect(latin).not.toMatch(/\b[AP]M\b/);
    });

    it('names the action and the kind of record in words, not codes, in Khmer and in English', async () => {
      const km = await page('sala_lang=km');
      expect(km).toContain('បានបង្កើតអ្នកប្រើ');
      expect(km).toContain('កង្វល់: បានបញ្ជូនបន្ត');
      expect(km).not.toMatch(/>\s*user\s*</);
      expect(km).not.toContain('user.create');
      expect(km).not.toContain('case.forward');
      const en = await page('sala_lang=en');
      expect(en).toContain('User created');
      expect(en).toContain('Concern: forwarded');
      expect(en).toContain('5 Mar 2026, 14:05');
      expect(en).not.toContain('user.create');
    });
  },
  seedDemo,
);
