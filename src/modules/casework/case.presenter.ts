// The public face of a case for machines (JSON API, Open311): every field named, never personal data or the citizen's words.
import { z } from 'zod';
import type { Lang } from '../../platform/i18n/i18n';
import type { Place } from '../places';
import { CASE_STATUSES, type CaseStatus, open311Status } from './case.rules';
import { intakeMessages } from './messages';

/** Sala's status in words, in the reader's language. */
export function caseStatusText(status: string, lang: Lang): string {
  return (CASE_STATUSES as readonly string[]).includes(status)
    ? intakeMessages[lang].statuses[status as CaseStatus]
    : status;
}

const named = z.object({ code: z.string(), name_km: z.string(), name_en: z.string() });

export const publicPlaceJson = z.object({
  code: z.string(),
  level: z.string(),
  name_km: z.string(),
  name_latin: z.string(),
});

export const publicCaseJson = z.object({
  tracking_code: z.string().describe('10 digits, the last one a Damm check digit'),
  status: z.enum(CASE_STATUSES),
  status_text: z.string().describe("The status in the caller's language"),
  open311_status: z.enum(['open', 'closed']),
  submitted_at: z.string(),
  updated_at: z.string(),
  office: named,
  category: named,
  places: z.array(publicPlaceJson).describe('Province, then district and commune when known'),
  timeline: z.array(
    z.object({ at: z.string(), action: z.string(), status: z.string(), note: z.string().nullable() }),
  ),
  links: z.object({ self: z.string(), track: z.string() }),
});

export const concernCreatedJson = z.object({
  tracking_code: z.string(),
  status: z.enum(CASE_STATUSES),
  office: named,
  links: z.object({ self: z.string(), track: z.string() }),
  /**
   * The citizen's private link (absolute), to reply, add information or withdraw: in this answer only,
   * never in a replay of it (Sala keeps only its hash), so the client must hand it to the citizen now.
   */
  private_link: z.string().optional(),
  /**
   * When the citizen chose `telegram` and this Sala runs a bot: the one-time link (absolute, a week) that
   * opens the bot and ties the case to the citizen's chat. In this answer only, like `private_link`.
   */
  telegram_link: z.string().optional(),
});

interface PublicCaseRow {
  tracking_code: string;
  status: CaseStatus;
  submitted_at: string;
  updated_at: string;
  category_code: string;
  category_km: string;
  category_en: string;
  office_code: string;
  office_km: string;
  office_en: string;
}

export const caseLinks = (code: string) => ({ self: `/api/concerns/${code}`, track: `/track/${code}` });

/** The answer to a created concern: what the caller needs to follow it, nothing of what they sent. */
export function presentCreated(
  row: Pick<PublicCaseRow, 'tracking_code' | 'status' | 'office_code' | 'office_km' | 'office_en'>,
): z.infer<typeof concernCreatedJson> {
  return {
    tracking_code: row.tracking_code,
    status: row.status,
    office: { code: row.office_code, name_km: row.office_km, name_en: row.office_en },
    links: caseLinks(row.tracking_code),
  };
}

/** A case's public view: status, dates, office, category, places and timeline. */
export function presentPublicCase(
  row: PublicCaseRow,
  places: Pick<Place, 'code' | 'level' | 'name_km' | 'name_latin'>[],
  timeline: { at: string; action: string; to_status: string; public_note: string | null }[],
  lang: Lang,
): z.infer<typeof publicCaseJson> {
  return {
    tracking_code: row.tracking_code,
    status: row.status,
    status_text: caseStatusText(row.status, lang),
    open311_status: open311Status(row.status),
    submitted_at: row.submitted_at,
    updated_at: row.updated_at,
    office: { code: row.office_code, name_km: row.office_km, name_en: row.office_en },
    category: { code: row.category_code, name_km: row.category_km, name_en: row.category_en },
    places: places.map((p) => ({
      code: p.code,
      level: p.level,
      name_km: p.name_km,
      name_latin: p.name_latin,
    })),
    timeline: timeline.map((e) => ({ at: e.at, action: e.action, status: e.to_status, note: e.public_note })),
    links: caseLinks(row.tracking_code),
  };
}
