// The coordination log over HTTP: an entry with follow-ups; a past-due one is flagged overdue until marked done.
import { beforeAll, expect, it } from 'vitest';
import { type Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { isOverdue } from './coordination.rules';

it('calls a follow-up overdue only after its due day, and never once done', () => {
  expect(isOverdue({ due_on: '2026-03-01', done_on: null }, '2026-03-01')).toBe(false);
  expect(isOverdue({ due_on: '2026-03-01', done_on: null }, '2026-03-02')).toBe(true);
  expect(isOverdue({ due_on: '2026-03-01', done_on: '2026-03-05' }, '2026-03-09')).toBe(false);
});

describeEachDatabase(
  'coordination log over HTTP',
  (fixture) => {
    let app: TestApp;
    let staff: Browser;
    beforeAll(async () => {
      app = testApp(fixture.db);
      staff = await englishBrowser(app, 'co_staff');
    });

    it('records a meeting with follow-ups and flags the overdue one until it is done', async () => {
      const missing = await staff.post('/office/coordination', { office: 'CO-12', kind: 'meeting' });
      expect(missing.status).toBe(422);
      const res = await staff.post('/office/coordination', {
        office: 'CO-12',
        kind: 'meeting',
        heldOn: '2026-01-05',
        authorityLevel: 'district',
        authority: 'Demo district governor (fictional)',
        subject: 'Flooded school road (demo)',
        decisions: 'The district sends an engineer (demo).',
        'f0-action': 'Engineer visits the road',
        'f0-due': '2026-01-20',
        'f1-action': 'District answers in writing',
        'f1-due': '2099-12-31',
      });
      expect(res.status).toBe(303);
      const page = await (await staff.get('/office/coordination')).text();
      expect(page).toContain('Overdue follow-ups: 1');
      expect(page.match(/data-overdue="yes"/g)).toHaveLength(1);
      const id = /\/office\/coordination\/followups\/(\d+)\/done/.exec(page)?.[1];
      expect((await staff.post(`/office/coordination/followups/${id}/done`, {})).status).toBe(303);
      expect(await (await staff.get('/office/coordination')).text()).toContain('Overdue follow-ups: 0');
      expect((await staff.post(`/office/coordination/followups/${id}/done`, {})).status).toBe(422);
    });
  },
  seedDemo,
);
