// A restore looks for every uploaded file the database names, the ministries' signed answer letters included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { STORED_FILES } from '../src/cli/stored-files';
import { answerInputSchema, recordAnswerIn } from '../src/modules/assembly';
import { questionInputSchema, recordQuestion } from '../src/modules/assembly/questions.commands';
import { createTinyAssembly, TEST_ACTOR } from '../src/modules/assembly/questions-laws.test-data';
import { loadGazetteer } from '../src/modules/places';
import { findMissingFiles } from '../src/platform/uploads/stored-files';
import { describeEachDatabase } from './support/databases';

const LETTER = 'signed-letter-test.pdf';

describeEachDatabase(
  "a restore's check of stored files",
  (t) => {
    beforeAll(async () => {
      const assembly = await createTinyAssembly(t.db.kysely);
      const asked = await recordQuestion(
        t.db,
        TEST_ACTOR,
        questionInputSchema.parse({
          membershipId: assembly.memberId,
          receivedOn: '2026-03-02',
          ministries: ['DEMO-A'],
          subject: 'Wells (fictional)',
          body: 'A fictional question for the test.',
        }),
        new Date('2026-03-02T03:00:00Z'),
      );
      if (!asked.ok) throw new Error(asked.error);
      const answer = answerInputSchema.parse({
        kind: 'written',
        answeredOn: '2026-03-05',
        summary: 'Fictional.',
      });
      const answered = await t.db.kysely.transaction().execute((trx) =>
        recordAnswerIn(trx, TEST_ACTOR, asked.value.id, answer, {
          signerName: 'Demo Signer',
          signerPost: 'Secretary of State (fictional)',
          letterName: LETTER,
        }),
      );
      if (!answered.ok) throw new Error(answered.error);
    });

    it("names a ministry's signed letter missing from ministry-letters/, and finds it once it is there", async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-stored-'));
      try {
        const before = await findMissingFiles(t.db.kysely, dataDir, STORED_FILES);
        expect(before.missing).toContain(`ministry-letters/${LETTER}`);
        fs.mkdirSync(path.join(dataDir, 'ministry-letters'));
        fs.writeFileSync(path.join(dataDir, 'ministry-letters', LETTER), '%PDF-1.4\n%%EOF\n');
        const after = await findMissingFiles(t.db.kysely, dataDir, STORED_FILES);
        expect(after.missing).not.toContain(`ministry-letters/${LETTER}`);
        expect(after.named).toBe(before.named);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  },
  async (db) => {
    await loadGazetteer(db);
  },
);
