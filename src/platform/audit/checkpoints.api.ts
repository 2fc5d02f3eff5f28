// `GET /audit/checkpoints`: each chain's newest checkpoint, public, for auditors to save and later hand to
// `npm run audit:verify -- --checkpoints <file>`. Counts and hashes only: no personal data.
import { z } from 'zod';
import type { Ctx, RouteDef } from '../http/types';
import { publishedCheckpoints } from './checkpoints';

export const checkpointsJson = z.object({
  checkpoints: z.array(
    z.object({
      chain: z.string().describe('`audit`, or `owso:<office code>` for an office’s receipt chain.'),
      rowCount: z.number().int().describe('Rows (receipts) of the chain when the checkpoint was taken.'),
      lastId: z
        .number()
        .int()
        .nullable()
        .describe('The audit chain’s newest row id then; null for receipts.'),
      headHash: z.string().describe('SHA-256 of the chain’s newest row then.'),
      takenAt: z.string().describe('ISO-8601, UTC.'),
    }),
  ),
});

async function getCheckpoints(c: Ctx) {
  const checkpoints = await publishedCheckpoints(c.get('deps').db.kysely);
  return c.json({ checkpoints } satisfies z.infer<typeof checkpointsJson>);
}

export const checkpointRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/audit/checkpoints',
    kind: 'api',
    access: 'public',
    handler: getCheckpoints,
    doc: {
      summary:
        'The newest checkpoint of each hash chain (audit trail, OWSO receipts): save it to detect later deletions.',
      tag: 'audit',
      response: checkpointsJson,
    },
  },
];
