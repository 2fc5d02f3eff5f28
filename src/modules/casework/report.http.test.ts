// The monthly report over HTTP: each reader sees the offices of their scope, figures in their language and
// numerals, the same figures as CSV, bad input refused — and never a citizen's name or contacts.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, TEST_PASSWORD, type TestApp, testApp } from '../../../test/support/app';
import { SAMPLE_PERSONAL, stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { createUser, grantRole } from '../../platform/auth/manage-users';
import { parseCsvRows } from '../../platform/csv';
import { reportMessages } from './report.messages';
import { CSV_HEADER } from './report.pages';

const at = (date: string) => new Date(`${date}T03:00:00Z`);
const NOVEMBER = 'office=CO-12&month=2026-11';

describeEachDatabase(
  'the monthly report, page and CSV',
  (t) => {
    let app: TestApp;
    beforeAll(async () => {
      app = testApp(t.db);
      // November 2026 in CO-12: three concerns; one forwarded to C01 and answered 2.0 days after receipt.
      const first = await submitSample(t.db, {}, { now: at('2026-11-02') });
      await stepAs(
        t.db,
        'co_director',
        first.trackingCode,
        { action: 'forward', destinationKind: 'commission', commission: 'C01' },
        at('2026-11-03'),
      );
      await stepAs(
        t.db,
        'commission_staff',
        first.trackingCode,
        { action: 'answer', answer: 'The road will be repaired in December.' },
        at('2026-11-04'),
      );
      await submitSample(t.db, { category: 'water' }, { channel: 'phone', now: at('2026-11-10') });
      await submitSample(t.db, { category: 'water' }, { now: at('2026-11-11') });
      // One in Battambang's office (CO-02).
      await submitSample(
        t.db,
        { province: '02', district: '0201', commune: '020101' },
        { now: at('2026-11-12') },
      );

      // An auditor of one office only.
      const created = await createUser(
        t.db,
        SYSTEM_ACTOR,
        { username: 'auditor_co02', displayName: 'Office auditor (fictional)', password: TEST_PASSWORD },
        new Date(),
      );
      if (!created.ok) throw new Error(created.error);
      const granted = await grantRole(
        t.db,
        SYSTEM_ACTOR,
        created.value.id,
        { role: 'auditor', scopeType: 'office', scopeCode: 'CO-02' },
        new Date(),
      );
      if (!granted.ok) throw new Error(granted.error);
    });

    const expectNoPersonalData = (text: string) => {
      for (const personal of SAMPLE_PERSONAL) expect(text).not.toContain(personal);
    };

    it('shows office staff their own office by default, in Khmer with Khmer numerals, without personal data', async () => {
      const director = await new Browser(app).signIn('co_director');
      await director.get('/digits/khmr?next=/');
      const res = await director.get('/office/reports/monthly?month=2026-11');
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('lang="km"');
      expect(html).toContain('ការិយាល័យមណ្ឌលភ្នំពេញ');
      expect(html).toContain('វិច្ឆិកា');
      expect(html).toMatch(new RegExp(`<th scope="row">${reportMessages.km.received}</th><td>៣</td>`));
      expect(html).toContain(`<th scope="row">${reportMessages.km.medianDays}</th><td>២,០</td>`);
      expect(html).toContain('<th scope="row">ទឹកស្អាត និងអនាម័យ</th><td>២</td>');
      expect(html).toContain(`href="/office/reports/monthly.csv?${NOVEMBER.replace('&', '&amp;')}"`);
      expect(html).toMatch(/<label for="month">/);
      expectNoPersonalData(html);
    });

    it('gives the same figures as CSV in a tidy layout, without personal data', async () => {
      const staff = await new Browser(app).signIn('co_staff');
      const res = await staff.get(`/office/reports/monthly.csv?${NOVEMBER}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toContain('sala-monthly-report-CO-12-2026-11.csv');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expectNoPersonalData(text);
      // TextDecoder drops the byte-order mark it read.
      const rows = parseCsvRows(text.replace(/^\uFEFF/, ''));
      expect(rows[0]).toEqual([...CSV_HEADER]);
      const value = (section: string, key: string) => rows.find((r) => r[0] === section && r[1] === key)?.[4];
      expect(value('report', 'office')).toBe('CO-12');
      expect(value('report', 'month')).toBe('2026-11');
      expect(value('summary', 'received')).toBe('3');
      expect(value('summary', 'forwarded')).toBe('1');
      expect(value('summary', 'answered')).toBe('1');
      expect(value('summary', 'median_days_to_first_answer')).toBe('2.0');
      expect(value('received_by_category', 'water')).toBe('2');
      expect(value('received_by_category', 'infrastructure')).toBe('1');
      expect(value('received_by_channel', 'web')).toBe('2');
      expect(value('received_by_channel', 'phone')).toBe('1');
      expect(value('received_by_commune', '120101')).toBe('3');
      expect(value('forwarded_by_destination', 'commission:C01')).toBe('1');
      expect(rows.find((r) => r[1] === 'water')?.slice(2, 4)).toEqual([
        'Clean water and sanitation',
        'ទឹកស្អាត និងអនាម័យ',
      ]);
      // Every row has the five columns.
      expect(rows.filter((r) => r.length !== 5)).toEqual([]);
    });

    it('refuses office staff another office, page and CSV (403)', async () => {
      const director = await new Browser(app).signIn('co_director');
      expect((await director.get('/office/reports/monthly?office=CO-02&month=2026-11')).status).toBe(403);
      expect((await director.get('/office/reports/monthly.csv?office=CO-02&month=2026-11')).status).toBe(403);
      expect((await director.get('/office/reports/monthly?office=NOPE&month=2026-11')).status).toBe(403);
    });

    it('lets a national auditor choose any office, and an office auditor only theirs', async () => {
      const auditor = await new Browser(app).signIn('auditor');
      await auditor.get('/lang/en?next=/');
      const chooser = await auditor.get('/office/reports/monthly?month=2026-11');
      expect(chooser.status).toBe(200);
      const chooserHtml = await chooser.text();
      expect(chooserHtml).toContain(reportMessages.en.chooseFirst);
      expect(chooserHtml).toContain('<option value="CO-02">');
      const other = await auditor.get('/office/reports/monthly?office=CO-02&month=2026-11');
      expect(other.status).toBe(200);
      expect(await other.text()).toMatch(
        new RegExp(`<th scope="row">${reportMessages.en.received}</th><td>1</td>`),
      );
      expect((await auditor.get('/office/reports/monthly.csv?month=2026-11')).status).toBe(400);
      const unknown = await auditor.get('/office/reports/monthly?office=CO-99&month=2026-11');
      expect(unknown.status).toBe(400);
      expect(await unknown.text()).toContain(reportMessages.en.unknownOffice);

      const officeAuditor = await new Browser(app).signIn('auditor_co02');
      const own = await officeAuditor.get('/office/reports/monthly.csv?month=2026-11');
      expect(own.status).toBe(200);
      expect(await own.text()).toContain('summary,received,');
      expect((await officeAuditor.get(`/office/reports/monthly?${NOVEMBER}`)).status).toBe(403);
    });

    it('refuses a month that is no month with 400, the form refilled in the reader’s language', async () => {
      const director = await new Browser(app).signIn('co_director');
      for (const bad of ['2026-13', 'November', '2026-11-01', '<b>']) {
        const res = await director.get(`/office/reports/monthly?month=${encodeURIComponent(bad)}`);
        expect(res.status).toBe(400);
        const html = await res.text();
        expect(html).toContain(reportMessages.km.badMonth);
        expect(html).toContain('aria-describedby="month-hint month-error"');
        expect(html).toContain(`value="${bad.replace('<', '&lt;').replace('>', '&gt;')}"`);
        const csv = await director.get(`/office/reports/monthly.csv?month=${encodeURIComponent(bad)}`);
        expect(csv.status).toBe(400);
      }
    });
  },
  seedDemo,
);
