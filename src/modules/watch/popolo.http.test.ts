// The Popolo export validates against the Popolo project's own JSON schemas (draft-03, read with
// `jsonschema`), carries the Assembly's records, and nothing of the citizens who wrote to an office.
import fs from 'node:fs';
import path from 'node:path';
import { Validator } from 'jsonschema';
import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { SAMPLE_PERSONAL, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { createDemoAssembly } from '../assembly/demo-assembly';
import { createDemoQuestionsLaws } from '../assembly/demo-questions-laws';

const SCHEMAS = path.join(import.meta.dirname, '../../../data/standards/popolo');

function popoloValidator(): Validator {
  const validator = new Validator();
  for (const file of fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8'));
    validator.addSchema(schema, schema.id);
  }
  return validator;
}

const COLLECTIONS = {
  persons: 'person',
  organizations: 'organization',
  memberships: 'membership',
  posts: 'post',
  areas: 'area',
  events: 'event',
  motions: 'motion',
  vote_events: 'vote_event',
} as const;

describeEachDatabase(
  'the Popolo export',
  (t) => {
    let app: TestApp;
    let body: Record<string, Record<string, unknown>[]>;
    let text = '';
    beforeAll(async () => {
      await createDemoAssembly(t.db, new Date());
      await createDemoQuestionsLaws(t.db, new Date());
      await submitSample(t.db);
      app = testApp(t.db);
      const res = await app.request('/api/popolo.json');
      expect(res.status).toBe(200);
      text = await res.text();
      body = JSON.parse(text);
    });

    it('validates every item against its Popolo schema', () => {
      const validator = popoloValidator();
      const errors: string[] = [];
      for (const [collection, schema] of Object.entries(COLLECTIONS)) {
        expect(body[collection]?.length, collection).toBeGreaterThan(0);
        for (const item of body[collection]) {
          const result = validator.validate(item, {
            $ref: `http://www.popoloproject.com/schemas/${schema}.json#`,
          });
          for (const e of result.errors) errors.push(`${collection} ${String(item.id)}: ${e.stack}`);
        }
      }
      expect(errors).toEqual([]);
    });

    it('carries the members, their parties and constituencies, and every vote with its counts', async () => {
      expect(body.persons).toHaveLength(125);
      const membership = body.memberships.find((m) => m.role === 'member');
      expect(membership).toMatchObject({
        person_id: expect.stringMatching(/^person\//),
        area_id: expect.stringMatching(/^area\/province\//),
      });
      const voteEvents = await t.db.kysely.selectFrom('assembly_vote_events').select('id').execute();
      expect(body.vote_events).toHaveLength(voteEvents.length);
      const rollCall = body.vote_events.find((v) => (v.votes as unknown[]).length > 0);
      const counts = (rollCall?.counts ?? []) as { option: string; value: number }[];
      expect(counts.find((c) => c.option === 'yes')?.value).toBe(90);
      expect(body.organizations.some((o) => o.classification === 'committee')).toBe(true);
      expect(body.organizations.some((o) => o.classification === 'party')).toBe(true);
    });

    it("holds no citizen's name, phone or e-mail", () => {
      for (const value of SAMPLE_PERSONAL) expect(text).not.toContain(value);
      expect(text).not.toContain('birth_date');
    });
  },
  seedDemo,
);
