import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { loadGazetteer } from '../places';
import { createDemoQuestionsLaws } from './demo-questions-laws';
import { questionStatus } from './questions.rules';
import { createTinyAssembly } from './questions-laws.test-data';

const NOW = new Date('2026-11-20T03:00:00Z');

describeEachDatabase(
  'demo questions and laws',
  (t) => {
    beforeAll(async () => {
      await createTinyAssembly(t.db.kysely);
      await createDemoQuestionsLaws(t.db, NOW);
    });

    it('shows every status of a question, all marked demo and fictional', async () => {
      const rows = await t.db.kysely.selectFrom('assembly_questions').selectAll().execute();
      const today = phnomPenhDate(NOW);
      expect(rows.map((q) => questionStatus(q, today)).sort()).toEqual([
        'answered_late',
        'answered_on_time',
        'awaiting',
        'overdue',
      ]);
      expect(rows.every((q) => q.is_demo === 1 && q.body.includes('ប្រឌិត') /* fictional */)).toBe(true);
    });

    it('adds fictional ministries, all demo', async () => {
      const ministries = await t.db.kysely
        .selectFrom('assembly_ministries')
        .select(['code', 'is_demo'])
        .where('code', 'like', '%-DEMO')
        .execute();
      expect(ministries).toHaveLength(4);
      expect(ministries.every((m) => m.is_demo === 1)).toBe(true);
    });
  },
  async (db) => {
    await loadGazetteer(db);
  },
);
