// Commands of MPs' field missions: plan, publish, and record the report with the concerns collected.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { rowId } from '../../platform/http/path-params';
import { calendarDay, requiredText, text } from '../../platform/input-text';
import { khmerNumber } from '../../platform/khmer/input';
import { fail, ok, type Result } from '../../platform/result';
import { concernInputSchema, contactMissing, submitConcern, telegramStepOf } from '../casework';
import { findOffice } from './budget.queries';
import { worksIn } from './constituency.policy';
import {
  findMission,
  insertMission,
  linkMissionCase,
  officeMps,
  provinceCommunes,
  publishMissionRow,
  setMissionReport,
} from './missions.queries';

// Typed as day/month/year or YYYY-MM-DD, in Khmer or Latin digits; the command receives YYYY-MM-DD.
const isoDate = calendarDay('invalid');

export const missionInputSchema = z
  .object({
    office: z.string().trim().min(1, 'required').max(20),
    purpose: requiredText(5, 1000),
    startsOn: isoDate,
    endsOn: isoDate,
    members: z.array(rowId()).max(50).default([]),
    communes: z
      .array(z.string().regex(/^\d{6}$/, 'invalid'))
      .min(1, 'required')
      .max(50),
    publish: z.boolean().default(false),
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], message: 'before-start' });
export type MissionInput = z.output<typeof missionInputSchema>;

export type MissionError =
  | 'unknown-office'
  | 'not-your-office'
  | 'not-found'
  | 'unknown-member'
  | 'unknown-commune'
  | 'already-published'
  | 'already-reported'
  | 'not-started'
  | 'concern-invalid';

/** Plans a mission of the office's MPs to communes of its constituency. */
export async function planMission(
  db: Db,
  input: MissionInput,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number }, MissionError>> {
  const office = await findOffice(db.kysely, input.office);
  if (!office) return fail('unknown-office');
  if (!worksIn(user, office.code)) return fail('not-your-office');
  const mps = new Set((await officeMps(db.kysely, office.place_code, input.startsOn)).map((m) => m.id));
  if (input.members.some((id) => !mps.has(id))) return fail('unknown-member');
  const communes = new Set((await provinceCommunes(db.kysely, office.place_code)).map((c) => c.code));
  if (input.communes.some((code) => !communes.has(code))) return fail('unknown-commune');
  const id = await db.kysely.transaction().execute(async (trx) => {
    const id = await insertMission(
      trx,
      {
        office_code: office.code,
        purpose: input.purpose,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        published: input.publish ? 1 : 0,
        is_demo: opts.demo ? 1 : 0,
        created_by: user.id,
        created_at: now.toISOString(),
      },
      [...new Set(input.members)],
      [...new Set(input.communes)],
    );
    await appendAudit(trx, actorOf(user), {
      action: 'co-mission-planned',
      entityType: 'co_mission',
      entityId: id,
      after: {
        office: office.code,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        members: input.members,
        communes: input.communes,
        published: input.publish,
      },
    });
    return id;
  });
  return ok({ id });
}

/** Shows a planned mission on the office page and in its calendar feed. */
export async function publishMission(
  db: Db,
  id: number,
  user: CurrentUser,
): Promise<Result<null, MissionError>> {
  return db.kysely.transaction().execute(async (trx) => {
    const mission = await findMission(trx, id);
    if (!mission || !worksIn(user, mission.office_code)) return fail('not-found');
    if ((await publishMissionRow(trx, id)) === 0) return fail('already-published');
    await appendAudit(trx, actorOf(user), {
      action: 'co-mission-published',
      entityType: 'co_mission',
      entityId: id,
      after: { published: true },
    });
    return ok(null);
  });
}

const count = khmerNumber({ max: 999_999 });

/** One concern heard on the mission, as the report form gives it. */
export const missionConcernSchema = z.object({
  category: z.string().trim().min(1, 'required').max(40),
  commune: z.string().regex(/^\d{6}$/, 'invalid'),
  description: text(4000).pipe(z.string().min(10, 'too-short')),
  // The citizen's contacts, if they want to be told: checked by the concern's own schema below.
  phone: z.string().max(40).optional(),
  email: z.string().max(200).optional(),
  preferredContact: z.string().max(20).optional(),
});

export const reportInputSchema = z.object({
  meetingsHeld: count,
  authoritiesMet: text(2000),
  citizensMet: count,
  followUps: text(2000),
  concerns: z.array(missionConcernSchema).max(20).default([]),
});
export type ReportInput = z.output<typeof reportInputSchema>;

/** A concern of the report whose citizen chose Telegram: the bot's link (null without a bot) or where news goes. */
export interface MissionTelegramStep {
  trackingCode: string;
  link: string | null;
  fallback: 'sms' | 'email' | 'none';
}

/**
 * Records the mission's report, then logs each concern as a casework case (channel field_mission) in
 * the office's province, linked to the mission in the case's own transaction. Every concern is checked
 * before anything is written, so a refused one leaves no half-recorded report.
 */
export async function recordMissionReport(
  db: Db,
  id: number,
  input: ReportInput,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean; telegramOn?: boolean } = {},
): Promise<Result<{ trackingCodes: string[]; telegram: MissionTelegramStep[] }, MissionError>> {
  const mission = await findMission(db.kysely, id);
  if (!mission || !worksIn(user, mission.office_code)) return fail('not-found');
  if (mission.reported_at !== null) return fail('already-reported');
  if (mission.starts_on > phnomPenhDate(now)) return fail('not-started');
  const office = await findOffice(db.kysely, mission.office_code);
  if (!office) return fail('not-found');
  const concerns = [];
  for (const c of input.concerns) {
    const parsed = concernInputSchema.safeParse({
      category: c.category,
      description: c.description,
      province: office.place_code,
      district: c.commune.slice(0, 4),
      commune: c.commune,
      phone: c.phone ?? '',
      email: c.email ?? '',
      // Left empty: a phone given means SMS, as on every intake.
      preferredContact: c.preferredContact ?? '',
    });
    // Checked here, not only by submitConcern: a refused concern must leave no half-recorded report.
    if (
      !parsed.success ||
      !c.commune.startsWith(office.place_code) ||
      contactMissing(parsed.data.preferredContact, parsed.data)
    )
      return fail('concern-invalid');
    concerns.push(parsed.data);
  }
  const reported = await db.kysely.transaction().execute(async (trx) => {
    const n = await setMissionReport(trx, id, {
      reported_at: now.toISOString(),
      meetings_held: input.meetingsHeld,
      authorities_met: input.authoritiesMet,
      citizens_met: input.citizensMet,
      follow_ups: input.followUps,
    });
    if (n === 0) return false;
    await appendAudit(trx, actorOf(user), {
      action: 'co-mission-reported',
      entityType: 'co_mission',
      entityId: id,
      after: {
        meetings_held: input.meetingsHeld,
        citizens_met: input.citizensMet,
        concerns: input.concerns.length,
      },
    });
    return true;
  });
  if (!reported) return fail('already-reported');
  const trackingCodes: string[] = [];
  const telegram: MissionTelegramStep[] = [];
  for (const concern of concerns) {
    const created = await submitConcern(
      db,
      concern,
      { channel: 'field_mission', actor: actorOf(user), lang: 'km', now, demo: opts.demo },
      async (trx, c) => {
        await linkMissionCase(trx, id, c.id);
        // A citizen who chose Telegram is given the bot's one-time link on the page after the report.
        const step = await telegramStepOf({
          db: trx,
          caseId: c.id,
          trackingCode: c.trackingCode,
          telegramOn: !!opts.telegramOn,
          now,
        });
        if (step) telegram.push({ trackingCode: c.trackingCode, ...step });
      },
    );
    // Checked above; a category switched off in between is the only way here.
    if (!created.ok) return fail('concern-invalid');
    trackingCodes.push(created.value.trackingCode);
  }
  return ok({ trackingCodes, telegram });
}
