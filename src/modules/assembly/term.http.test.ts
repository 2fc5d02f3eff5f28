// The Assembly's term over HTTP: the secretariat records deposals of the government, a state of emergency and
// the dissolution; each refusal cites its article (78.2, 86.3), the emergency lets the Assembly sit outside its
// sessions (86.1), and after the dissolution the calendar shows the dates that follow (78.3, 82.1) and no
// sitting or session is recorded any more. Other roles cannot record any of it.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { formatDate } from '../../platform/i18n/i18n';
import { createDemoAssembly } from './demo-assembly';
import { addDays } from './procedure/dates.rules';
import { recordsMessages } from './records.messages';

const en = recordsMessages.en;
const show = (d: string) => formatDate(d, 'en', 'latn');

describeEachDatabase(
  "the Assembly's term",
  (t) => {
    let app: TestApp;
    let visitor: Browser;
    let clerk: Browser;
    let legislatureId = '';
    let session: { id: number; opens_on: string; closes_on: string };
    const events = () => t.db.kysely.selectFrom('assembly_term_events').selectAll().orderBy('id').execute();
    const sitting = (on: string, titleEn: string) =>
      clerk.post('/secretariat/assembly/sittings', {
        sessionId: String(session.id),
        sittingOn: on,
        titleKm: 'កិច្ចប្រជុំ',
        titleEn,
      });

    beforeAll(async () => {
      await createDemoAssembly(t.db, new Date());
      app = testApp(t.db);
      visitor = new Browser(app);
      await visitor.get('/lang/en?next=/');
      clerk = await new Browser(app).signIn('secretariat');
      await clerk.get('/lang/en?next=/');
      legislatureId = String(
        (await t.db.kysely.selectFrom('assembly_legislatures').select('id').executeTakeFirstOrThrow()).id,
      );
      session = await t.db.kysely
        .selectFrom('assembly_sessions')
        .select(['id', 'opens_on', 'closes_on'])
        .orderBy('opens_on', 'desc')
        .executeTakeFirstOrThrow();
    });

    it('shows the secretariat its term page, and keeps it and its forms from every other role', async () => {
      const page = await clerk.get('/secretariat/assembly/term');
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(en.recordDissolution);
      expect(html).toContain(en.declareEmergency);
      expect(html).toContain(en.noTermEvents);
      for (const role of ['co_director', 'commission_staff', 'minister_office', 'watchdog', 'admin']) {
        const other = await new Browser(app).signIn(role);
        expect((await other.get('/secretariat/assembly/term')).status, role).toBe(403);
        const posted = await other.post('/secretariat/assembly/term/dissolution', {
          legislatureId,
          on: session.closes_on,
        });
        expect(posted.status, role).toBe(403);
      }
      expect(await events()).toHaveLength(0);
    });

    it('refuses a dissolution without two deposals of the government within 12 months (Art. 78.2)', async () => {
      const res = await clerk.post('/secretariat/assembly/term/dissolution', {
        legislatureId,
        on: session.closes_on,
      });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(`${en.errors['government-not-deposed-twice']} (Art. 78.2)`);
      expect(await events()).toHaveLength(0);
    });

    it('in a state of emergency the Assembly sits outside its sessions and cannot be dissolved (Art. 86)', async () => {
      const outside = addDays(session.closes_on, 1);
      // Without an emergency, a sitting outside its session is refused.
      expect((await sitting(outside, 'Emergency sitting')).status).toBe(422);
      const declared = await clerk.post('/secretariat/assembly/term/emergencies', {
        legislatureId,
        on: outside,
      });
      expect(declared.status).toBe(303);
      expect((await sitting(outside, 'Emergency sitting')).status).toBe(303);
      const again = await clerk.post('/secretariat/assembly/term/emergencies', {
        legislatureId,
        on: outside,
      });
      expect(again.status).toBe(422);
      expect(await again.text()).toContain(`${en.errors['emergency-in-force']} (Art. 86.1)`);

      for (const on of [addDays(session.closes_on, -200), addDays(session.closes_on, -10)]) {
        expect((await clerk.post('/secretariat/assembly/term/deposals', { legislatureId, on })).status).toBe(
          303,
        );
      }
      const during = await clerk.post('/secretariat/assembly/term/dissolution', {
        legislatureId,
        on: addDays(session.closes_on, 2),
      });
      expect(during.status).toBe(422);
      expect(await during.text()).toContain(`${en.errors['dissolution-during-emergency']} (Art. 86.3)`);
      const calendar = await (await visitor.get('/assembly/sessions')).text();
      expect(calendar).toContain(en.emergencySince(show(outside)));
      expect(calendar).toContain('Art. 86.1');
      expect((await events()).map((e) => e.kind).sort()).toEqual([
        'emergency',
        'government_deposed',
        'government_deposed',
      ]);
    });

    it('after the emergency ends, dissolves the Assembly; the calendar follows Art. 78.3 and 82.1', async () => {
      const emergency = (await events()).find((e) => e.kind === 'emergency');
      const early = await clerk.post(`/secretariat/assembly/term/emergencies/${emergency?.id}/end`, {
        endsOn: addDays(session.closes_on, -5),
      });
      expect(early.status).toBe(422);
      const ended = await clerk.post(`/secretariat/assembly/term/emergencies/${emergency?.id}/end`, {
        endsOn: addDays(session.closes_on, 3),
      });
      expect(ended.status).toBe(303);
      const dissolvedOn = addDays(session.closes_on, 5);
      const dissolved = await clerk.post('/secretariat/assembly/term/dissolution', {
        legislatureId,
        on: dissolvedOn,
      });
      expect(dissolved.status).toBe(303);
      const twice = await clerk.post('/secretariat/assembly/term/dissolution', {
        legislatureId,
        on: dissolvedOn,
      });
      expect(twice.status).toBe(422);
      expect(await twice.text()).toContain(`${en.errors['already-dissolved']} (Art. 78.2)`);

      const calendar = await (await visitor.get('/assembly/sessions')).text();
      expect(calendar).toContain(en.dissolvedOn(show(dissolvedOn)));
      expect(calendar).toContain(`${en.electionBy(show(addDays(dissolvedOn, 60)))} (Art. 78.3)`);
      expect(calendar).toContain(`${en.firstSessionBy(show(addDays(dissolvedOn, 120)))} (Art. 82.1)`);

      const late = await clerk.post('/secretariat/assembly/sessions', {
        legislatureId,
        kind: 'ordinary',
        opensOn: addDays(dissolvedOn, 10),
        closesOn: addDays(dissolvedOn, 120),
      });
      expect(late.status).toBe(422);
      expect(await late.text()).toContain(`${en.errors['assembly-dissolved']} (Art. 78.2)`);
      const afterSitting = await sitting(dissolvedOn, 'Sitting after the dissolution');
      expect(afterSitting.status).toBe(422);
      expect(await afterSitting.text()).toContain(`${en.errors['assembly-dissolved']} (Art. 78.2)`);

      const audited = await t.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'term.%')
        .execute();
      expect(audited.map((a) => a.action).sort()).toEqual([
        'term.dissolution',
        'term.emergency',
        'term.emergency-end',
        'term.government_deposed',
        'term.government_deposed',
      ]);
    });
  },
  seedDemo,
);
