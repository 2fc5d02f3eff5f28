import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { createDemoAssembly } from '../assembly/demo-assembly';
import { createDemoQuestionsLaws } from '../assembly/demo-questions-laws';

describeEachDatabase(
  'Atom feeds of questions, answers and laws',
  (t) => {
    let app: TestApp;
    beforeAll(async () => {
      await createDemoAssembly(t.db, new Date());
      await createDemoQuestionsLaws(t.db, new Date());
      app = testApp(t.db);
    });

    it.each([
      ['/watch/questions.atom', 4, '/assembly/questions/'],
      ['/watch/answers.atom', 2, '/assembly/questions/'],
      ['/watch/laws.atom', 3, '/assembly/laws/'],
    ])('%s carries one entry per record, linked to its page', async (path, entries, link) => {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const xml = await res.text();
      expect(
        xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'),
      ).toBe(true);
      expect(xml.match(/<entry>/g)).toHaveLength(entries);
      expect(xml).toContain(`href="http://localhost${link}`);
    });
  },
  seedDemo,
);
