// The admin's service standards and holidays over HTTP: a change moves the due dates that follow, bad input
// is refused in the admin's language with the form refilled, and every change leaves its audit row.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { findCaseByCode } from './handling.queries';
import { standardsAdminMessages } from './standards-admin.messages';

// Monday 2 November 2026, 10:00 in Phnom Penh.
const MONDAY = new Date('2026-11-02T03:00:00Z');
// Thursday 14 November 2030: a day after the clock the admin's page runs on (the real one), in a year the
// shipped holidays do not cover.
const THURSDAY_2030 = new Date('2030-11-14T03:00:00Z');
const STANDARDS = { days_triage: '3', days_office_answer: '30', days_commission_answer: '30' };

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
/** A field's value attribute as the page writes it, as a pattern. */
const fieldValue = (id: string, value: string) =>
  new RegExp(`id="${id}"[^>]*value="${escapeHtml(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`);

describeEachDatabase(
  'service standards and public holidays, as the admin edits them',
  (t) => {
    let app: TestApp;
    let admin: Browser;
    beforeAll(async () => {
      app = testApp(t.db);
      admin = await new Browser(app).signIn('admin');
      await admin.get('/lang/en?next=/');
    });

    const dueDateOf = async (trackingCode: string) =>
      (await findCaseByCode(t.db.kysely, trackingCode))?.due_date;
    const standards = () =>
      t.db.kysely
        .selectFrom('service_standards')
        .select(['stage', 'working_days'])
        .orderBy('stage')
        .execute();

    it('shows each stage with its working days and says a change applies to the steps that follow', async () => {
      const res = await admin.get('/admin/service-standards');
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(standardsAdminMessages.en.standardsAppliesNext);
      expect(html).toMatch(/<label for="days_triage">[^<]+<\/label>/);
      expect(html).toMatch(/id="days_triage"[^>]*value="3"/);
      expect(html).toMatch(/id="days_commission_answer"[^>]*value="30"/);
    });

    it('gives a new case the triage standard the admin set, and audits the change', async () => {
      const before = await lastAuditId(t.db);
      const res = await admin.post('/admin/service-standards', { ...STANDARDS, days_triage: '5' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/admin/service-standards?saved=1');
      expect(await (await admin.get(res.headers.get('location') ?? '')).text()).toContain(
        standardsAdminMessages.en.saved,
      );

      // Five working days after Monday 2 November, past Independence Day (Monday 9 November): Tuesday 10
      // November (three days would be Thursday 5).
      const { trackingCode } = await submitSample(t.db, {}, { now: MONDAY });
      expect(await dueDateOf(trackingCode)).toBe('2026-11-10');

      const audit = await auditSince(t.db, before);
      expect(audit.filter((r) => r.action === 'service_standards.edit')).toEqual([
        {
          action: 'service_standards.edit',
          actor: 'admin',
          entity_type: 'service_standards',
          entity_id: 'triage',
          summary: { before: { triage: 3 }, after: { triage: 5 } },
        },
      ]);
    });

    it('takes Khmer numerals, and writes nothing when nothing changed', async () => {
      const before = await lastAuditId(t.db);
      const res = await admin.post('/admin/service-standards', { ...STANDARDS, days_triage: '៥' });
      expect(res.headers.get('location')).toBe('/admin/service-standards?saved=0');
      expect(await auditSince(t.db, before)).toEqual([]);
    });

    it('creates the row of a stage that had none', async () => {
      await t.db.kysely.deleteFrom('service_standards').where('stage', '=', 'office_answer').execute();
      const res = await admin.post('/admin/service-standards', {
        ...STANDARDS,
        days_triage: '5',
        days_office_answer: '20',
      });
      expect(res.status).toBe(303);
      expect(await standards()).toEqual([
        { stage: 'commission_answer', working_days: 30 },
        { stage: 'office_answer', working_days: 20 },
        { stage: 'triage', working_days: 5 },
      ]);
    });

    it('refuses days that are not a whole number from 1 to 365 with 422, refilled, in Khmer, changing nothing', async () => {
      const khmer = await new Browser(app).signIn('admin');
      const before = await lastAuditId(t.db);
      const stored = await standards();
      for (const [bad, error] of [
        ['0', 'out-of-range'],
        ['366', 'out-of-range'],
        ['2.5', 'whole-number'],
        ['three', 'whole-number'],
        ['', 'required'],
      ] as const) {
        const res = await khmer.post('/admin/service-standards', {
          ...STANDARDS,
          days_commission_answer: bad,
        });
        expect(res.status).toBe(422);
        const html = await res.text();
        expect(html).toContain('lang="km"');
        expect(html).toContain(standardsAdminMessages.km.errorSummary);
        expect(html).toContain(standardsAdminMessages.km.errors[error]);
        expect(html).toContain('aria-describedby="days_commission_answer-hint days_commission_answer-error"');
        expect(html).toMatch(fieldValue('days_commission_answer', bad));
      }
      expect(await standards()).toEqual(stored);
      expect(await auditSince(t.db, before)).toEqual([]);
    });

    it('moves running cases past a holiday added on a Monday and back when it is removed, says how many, audited', async () => {
      await admin.post('/admin/service-standards', STANDARDS);
      // Three working days after Thursday 14 November 2030: Tuesday 19 November.
      const first = await submitSample(t.db, {}, { now: THURSDAY_2030 });
      expect(await dueDateOf(first.trackingCode)).toBe('2030-11-19');

      const before = await lastAuditId(t.db);
      const holiday = { date: '2030-11-18', nameKm: 'ថ្ងៃឈប់សម្រាកសាកល្បង', nameEn: 'Test holiday (fictional)' };
      const res = await admin.post('/admin/holidays', holiday);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/admin/holidays?done=added&moved=1');

      // Monday 18 November no longer counts: the running case and a new one are due Wednesday 20 November.
      expect(await dueDateOf(first.trackingCode)).toBe('2030-11-20');
      const second = await submitSample(t.db, {}, { now: THURSDAY_2030 });
      expect(await dueDateOf(second.trackingCode)).toBe('2030-11-20');

      const list = await (await admin.get('/admin/holidays?done=added&moved=1')).text();
      expect(list).toContain(standardsAdminMessages.en.added);
      expect(list).toContain(standardsAdminMessages.en.dueDatesMoved('1'));
      expect(list).toContain('Monday, 18 November 2030');
      // Each reader sees the holiday's name in their own language only.
      expect(list).toContain(holiday.nameEn);
      expect(list).not.toContain(holiday.nameKm);
      expect(list).toContain(standardsAdminMessages.en.origins.admin);
      await admin.get('/lang/km?next=/');
      const listKm = await (await admin.get('/admin/holidays')).text();
      await admin.get('/lang/en?next=/');
      expect(listKm).toContain(holiday.nameKm);
      expect(listKm).not.toContain(holiday.nameEn);
      expect(list).toContain('action="/admin/holidays/2030-11-18/delete"');

      const removed = await admin.post('/admin/holidays/2030-11-18/delete', {});
      expect(removed.status).toBe(303);
      expect(removed.headers.get('location')).toBe('/admin/holidays?done=deleted&moved=2');
      expect(await dueDateOf(first.trackingCode)).toBe('2030-11-19');
      expect(await dueDateOf(second.trackingCode)).toBe('2030-11-19');
      expect(
        await t.db.kysely
          .selectFrom('public_holidays')
          .selectAll()
          .where('date', '=', '2030-11-18')
          .execute(),
      ).toEqual([]);
      expect((await admin.post('/admin/holidays/2030-11-18/delete', {})).status).toBe(404);
      expect((await admin.post('/admin/holidays/not-a-date/delete', {})).status).toBe(404);

      const row = { date: holiday.date, name_km: holiday.nameKm, name_en: holiday.nameEn };
      const audit = await auditSince(t.db, before);
      expect(audit.filter((r) => r.entity_type === 'public_holiday')).toMatchObject([
        {
          action: 'holiday.add',
          actor: 'admin',
          entity_type: 'public_holiday',
          entity_id: '2030-11-18',
          summary: { after: { ...row, dueDatesMoved: 1 } },
        },
        {
          action: 'holiday.delete',
          actor: 'admin',
          entity_type: 'public_holiday',
          entity_id: '2030-11-18',
          summary: { before: { ...row, origin: 'admin' }, after: { dueDatesMoved: 2 } },
        },
      ]);
    });

    it('lists the shipped years with their source and says which are computed, to be confirmed', async () => {
      const html = await (await admin.get('/admin/holidays')).text();
      expect(html).toContain(standardsAdminMessages.en.computedNotice('2026, 2027'));
      expect(html).toContain('Tuesday, 14 April 2026');
      expect(html).toContain(standardsAdminMessages.en.origins.official);
      expect(html).toContain(standardsAdminMessages.en.origins.computed);
      expect(html).toContain('action="/admin/holidays/confirm/2027"');

      // The admin checked 2027 against the sub-decree: its days are confirmed, and only 2026 is left to check.
      const before = await lastAuditId(t.db);
      const confirmed = await admin.post('/admin/holidays/confirm/2027', {});
      expect(confirmed.status).toBe(303);
      const after = await (await admin.get(confirmed.headers.get('location') ?? '')).text();
      expect(after).toContain(standardsAdminMessages.en.confirmedYear);
      expect(after).toContain(standardsAdminMessages.en.computedNotice('2026'));
      expect(
        await t.db.kysely
          .selectFrom('public_holidays')
          .select('origin')
          .distinct()
          .where('date', 'like', '2027-%')
          .where('origin', '!=', 'admin')
          .execute(),
      ).toEqual([{ origin: 'confirmed' }]);
      expect(await auditSince(t.db, before)).toMatchObject([
        {
          action: 'holiday.confirm_year',
          actor: 'admin',
          entity_id: '2027',
          summary: { after: { confirmed: 22 } },
        },
      ]);
      expect((await admin.post('/admin/holidays/confirm/2027', {})).status).toBe(404);
    });

    const importFile = (browser: Browser, text: string, name: string) => {
      const body = new FormData();
      body.set('_csrf', browser.jar.get('sala_csrf') ?? '');
      body.set('file', new File([text], name));
      return app.request('/admin/holidays/import', {
        method: 'POST',
        headers: { cookie: browser.jar.header() },
        body,
      });
    };
    const holidayCount = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('public_holidays')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('exports the list as CSV and iCalendar, with the shipped Khmer New Year 2026', async () => {
      const csv = await admin.get('/admin/holidays.csv');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const text = await csv.text();
      expect(text).toContain('date,name_km,name_en,origin\r\n');
      expect(text).toContain('2026-04-14,ពិធីបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ,Khmer New Year,computed\r\n');
      expect(text.indexOf('2025-01-01')).toBeLessThan(text.indexOf('2026-04-14'));

      const ics = await admin.get('/admin/holidays.ics');
      expect(ics.headers.get('content-type')).toContain('text/calendar');
      const calendar = await ics.text();
      expect(calendar).toContain('UID:holiday-2026-04-14@sala');
      expect(calendar).toContain('DTSTART;VALUE=DATE:20260414');
      expect(calendar).toContain('DESCRIPTION:Khmer New Year');
    });

    it('imports a CSV whole or not at all, naming the bad row in the admin’s language', async () => {
      const khmer = await new Browser(app).signIn('admin');
      const before = await lastAuditId(t.db);
      const count = await holidayCount();
      const header = 'date,name_km,name_en';
      const bad = `${header}\n2031-01-02,ថ្ងៃសាកល្បង,Test day (fictional)\n2031-02-30,ថ្ងៃសាកល្បង ២,Test day 2 (fictional)\n`;
      const refused = await importFile(admin, bad, 'holidays.csv');
      expect(refused.status).toBe(422);
      const html = await refused.text();
      expect(html).toContain(standardsAdminMessages.en.importRefused);
      expect(html).toContain(`Row 3: ${standardsAdminMessages.en.errors['invalid-date']}`);

      const inKhmer = await (await importFile(khmer, bad, 'holidays.csv')).text();
      expect(inKhmer).toContain(`ជួរទី 3: ${standardsAdminMessages.km.errors['invalid-date']}`);
      const twice = await importFile(admin, `${header}\n2031-01-02,ក,A\n2031-01-02,ខ,B\n`, 'holidays.csv');
      expect(await twice.text()).toContain(
        `Row 3: ${standardsAdminMessages.en.importReasons['duplicate-in-file']}`,
      );
      expect((await importFile(admin, 'not,a,list\n1,2,3\n', 'x.csv')).status).toBe(422);
      expect(await holidayCount()).toBe(count);
      expect(await auditSince(t.db, before)).toEqual([]);

      // Good rows: two new days and one already listed (it keeps its row).
      const good = `${header}\n2031-01-02,ថ្ងៃសាកល្បង,Test day (fictional)\n2031-01-03,ថ្ងៃសាកល្បង ២,Test day 2 (fictional)\n2026-04-14,ផ្សេង,Other\n`;
      const accepted = await importFile(admin, good, 'holidays.csv');
      expect(accepted.status).toBe(303);
      expect(accepted.headers.get('location')).toBe('/admin/holidays?done=imported&added=2&moved=0');
      expect(await holidayCount()).toBe(count + 2);
      expect(
        await t.db.kysely
          .selectFrom('public_holidays')
          .select(['name_en', 'origin'])
          .where('date', '=', '2026-04-14')
          .execute(),
      ).toEqual([{ name_en: 'Khmer New Year', origin: 'computed' }]);
      expect(await auditSince(t.db, before)).toMatchObject([
        {
          action: 'holiday.import',
          actor: 'admin',
          summary: { after: { added: ['2031-01-02', '2031-01-03'], unchanged: 1 } },
        },
      ]);
    });

    it('imports an iCalendar file, and refuses one whose event has no date', async () => {
      const event = (lines: string) => `BEGIN:VEVENT\r\nUID:x@example.org\r\n${lines}END:VEVENT\r\n`;
      const calendar = (events: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${events}END:VCALENDAR\r\n`;
      const count = await holidayCount();
      const refused = await importFile(
        admin,
        calendar(
          event('DTSTART;VALUE=DATE:20310105\r\nSUMMARY:ថ្ងៃសាកល្បង\r\n') + event('SUMMARY:No date\r\n'),
        ),
        'holidays.ics',
      );
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain(`Event 2: ${standardsAdminMessages.en.errors.required}`);
      expect(await holidayCount()).toBe(count);

      const accepted = await importFile(
        admin,
        calendar(
          event(
            'DTSTART;VALUE=DATE:20310106\r\nSUMMARY:ថ្ងៃសាកល្បង\\, ទី២\r\nDESCRIPTION:Test day\r\n  (fictional)\r\n',
          ),
        ),
        'holidays.ics',
      );
      expect(accepted.status).toBe(303);
      expect(
        await t.db.kysely
          .selectFrom('public_holidays')
          .select(['name_km', 'name_en'])
          .where('date', '=', '2031-01-06')
          .execute(),
      ).toEqual([{ name_km: 'ថ្ងៃសាកល្បង, ទី២', name_en: 'Test day (fictional)' }]);
    });

    it('refuses a holiday without a real date or names, or on a date already listed, with 422 and the form refilled', async () => {
      const holiday = { date: '2027-01-04', nameKm: 'ថ្ងៃសាកល្បង', nameEn: 'Test day (fictional)' };
      expect((await admin.post('/admin/holidays', holiday)).status).toBe(303);
      const before = await lastAuditId(t.db);

      const cases: [Record<string, string>, string, string][] = [
        [{ ...holiday, date: '2027-02-30' }, 'date', standardsAdminMessages.en.errors['invalid-date']],
        // Day/month/year is read (the hint shows it), but 31 April is no day.
        [{ ...holiday, date: '31/04/2027' }, 'date', standardsAdminMessages.en.errors['invalid-date']],
        [{ ...holiday, date: '' }, 'date', standardsAdminMessages.en.errors.required],
        [
          { ...holiday, date: '2027-03-01', nameKm: '  ' },
          'nameKm',
          standardsAdminMessages.en.errors.required,
        ],
        [
          { ...holiday, date: '2027-03-01', nameEn: 'x'.repeat(201) },
          'nameEn',
          standardsAdminMessages.en.errors['too-long'],
        ],
        [holiday, 'date', standardsAdminMessages.en.duplicateDate],
      ];
      for (const [fields, field, message] of cases) {
        const res = await admin.post('/admin/holidays', fields);
        expect(res.status).toBe(422);
        const html = await res.text();
        expect(html).toContain(message);
        expect(html).toContain(`id="${field}-error"`);
        expect(html).toMatch(fieldValue('nameEn', fields.nameEn ?? ''));
        expect(html).toMatch(fieldValue('date', fields.date ?? ''));
      }
      expect(await auditSince(t.db, before)).toEqual([]);
      expect(
        await t.db.kysely
          .selectFrom('public_holidays')
          .select('date')
          .where('origin', '=', 'admin')
          .where('date', 'like', '2027-%')
          .execute(),
      ).toEqual([{ date: '2027-01-04' }]);
    });
  },
  seedDemo,
);
