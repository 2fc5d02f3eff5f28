// Cases for tests: a valid fictional concern, submitted as a citizen, and steps taken as a demo account.
import type { Db } from '../../src/db/connect';
import type { Channel } from '../../src/modules/casework/case.table';
import {
  type HandlingInput,
  handleCase,
  handlingInputSchema,
} from '../../src/modules/casework/handle-case.commands';
import { concernInputSchema, submitConcern } from '../../src/modules/casework/submit-concern.commands';
import { currentUserByUsername } from '../../src/platform/auth/current-user';
import type { CurrentUser } from '../../src/platform/auth/roles';

export const CITIZEN_ACTOR = { userId: null, label: 'citizen' };

/** A fictional concern in Phnom Penh (the demo office CO-12), with contacts the citizen agreed to share. */
export const SAMPLE_CONCERN = {
  category: 'infrastructure',
  description: 'ផ្លូវក្នុងភូមិយើងខូចខាតធ្ងន់ធ្ងរ ហើយទឹកជន់លិចរាល់ពេលភ្លៀង។',
  province: '12',
  district: '1201',
  commune: '120101',
  name: 'Sok Chantha (fictional)',
  phone: '012 555 019',
  email: 'chantha@example.org',
  preferredContact: 'email',
  confidential: false,
  consentToShare: true,
} as const;

/** Personal data of SAMPLE_CONCERN, for tests that check it never leaks. */
export const SAMPLE_PERSONAL = ['Sok Chantha', '555 019', '012555019', 'chantha@example.org'];

/** Submits a concern (SAMPLE_CONCERN with overrides) as a citizen; returns its tracking code and id. */
export async function submitSample(
  db: Db,
  overrides: Partial<Record<keyof typeof SAMPLE_CONCERN, unknown>> = {},
  options: { channel?: Channel; now?: Date } = {},
): Promise<{ id: number; trackingCode: string; citizenKey: string }> {
  const result = await submitConcern(db, concernInputSchema.parse({ ...SAMPLE_CONCERN, ...overrides }), {
    channel: options.channel ?? 'web',
    actor: CITIZEN_ACTOR,
    lang: 'km',
    now: options.now ?? new Date(),
  });
  if (!result.ok) throw new Error(`sample concern refused: ${result.error}`);
  return result.value;
}

/** A demo account (seedDemo) as the request would see it. */
export async function demoUser(db: Db, username: string): Promise<CurrentUser> {
  const user = await currentUserByUsername(db.kysely, username);
  if (!user) throw new Error(`no demo account ${username}`);
  return user;
}

/** Takes one handling step as a demo account (or as the citizen with the case's private key); throws on refusal. */
export async function stepAs(
  db: Db,
  username: string | { citizenKey: string },
  trackingCode: string,
  input: Record<string, unknown> & { action: HandlingInput['action'] },
  now = new Date(),
) {
  const actor =
    typeof username === 'string'
      ? { kind: 'staff' as const, user: await demoUser(db, username) }
      : { kind: 'citizen' as const, proof: { kind: 'key' as const, secret: username.citizenKey } };
  const result = await handleCase(db, trackingCode, handlingInputSchema.parse(input), actor, now);
  if (!result.ok) throw new Error(`${input.action} refused: ${result.error}`);
  return result.value;
}

/**
 * A sample concern (SAMPLE_CONCERN with overrides) that the office's director forwarded to a commission or to a
 * ministry, each named by its code.
 */
export async function forwardedSample(
  db: Db,
  to: { commission: string } | { ministry: string },
  overrides: Partial<Record<keyof typeof SAMPLE_CONCERN, unknown>> = {},
): Promise<{ id: number; trackingCode: string; citizenKey: string }> {
  const made = await submitSample(db, overrides);
  const destination =
    'commission' in to
      ? { destinationKind: 'commission', commission: to.commission }
      : { destinationKind: 'ministry', ministry: to.ministry };
  await stepAs(db, 'co_director', made.trackingCode, { action: 'forward', ...destination });
  return made;
}

/** How many cases the database holds: tests check that refused input created none. */
export async function countCases(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
