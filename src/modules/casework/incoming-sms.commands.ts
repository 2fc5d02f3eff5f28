// Command: a citizen's SMS (platform/outbox hands it over, main.ts wires it) — a status asked, an answer on
// a case, a new concern — and the short answer Sala sends back through the outbox.
//
// What the answer may say: a case's public status (what the tracking page shows anyone with the code),
// the sender's own codes, or help. Never another case's words or contacts. Answers are limited per number,
// so two robots answering each other cannot run up the office's SMS bill.
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { hashSecret } from '../../platform/auth/tokens';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import type { Lang } from '../../platform/i18n/i18n';
import { newTrackingCode } from '../../platform/ids/tracking-code';
import { normalizePhone } from '../../platform/khmer/numbers';
import type { MessagePayload, Template } from '../../platform/outbox/messages';
import { enqueueMessage } from '../../platform/outbox/outbox.queries';
import type { IncomingSms } from '../../platform/outbox/sms-incoming';
import { type RateLimit, takeRateSlot } from '../../platform/rate-limit/rate-limit.queries';
import { buildSearchText } from '../../platform/search/search-text';
import { constituencyOfficeCode } from '../places';
import { caseStatusText } from './case.presenter';
import { findCategory, takenTrackingCodes } from './case.queries';
import { messageAbout } from './casework.policy';
import { newCitizenKey } from './citizen-key.service';
import { handleCase, handlingInputSchema } from './handle-case.commands';
import { findCaseByCode } from './handling.queries';
import {
  findSmsIntakeByCode,
  insertSmsIntake,
  lastProvinceOfPhone,
  waitingCasesOfPhone,
} from './incoming-sms.queries';
import {
  complaintQueueText,
  readSmsIntent,
  replyLanguage,
  type SmsComplaintKind,
} from './incoming-sms.rules';
import { intakeWriter } from './intake-batch.commands';

/** Answers per number: a citizen asking a few times an hour is served, a loop between robots is cut. */
export const SMS_ANSWER_LIMIT: RateLimit = { bucket: 'sms-answer', max: 10, windowMs: 60 * 60_000 };
/** New concerns per number and day by SMS: a family's, not a flood. */
export const SMS_CONCERN_LIMIT: RateLimit = { bucket: 'sms-concern', max: 5, windowMs: 24 * 60 * 60_000 };
/** The category an SMS concern starts in, until staff set the right one. */
export const SMS_CONCERN_CATEGORY = 'other';
/** Fewer characters than the web form's description minimum is no concern yet: help is the answer. */
const MIN_CONCERN_CHARS = 10;

/** What became of an SMS (for the log line and the tests); never the text or the number. */
export type SmsOutcome =
  | 'status'
  | 'unknown-code'
  | 'reply'
  | 'which-case'
  | 'concern'
  | 'queued'
  | 'complaint-queued'
  | 'help'
  | 'ignored';

interface Answer {
  template: Template;
  payload: MessagePayload;
  caseId: number | null;
}

interface Handled {
  outcome: SmsOutcome;
  answer?: Answer;
}

const CITIZEN = { userId: null, label: 'citizen' };
const help = (): Handled => ({
  outcome: 'help',
  answer: { template: 'sms_help', payload: {}, caseId: null },
});

/**
 * Handles one SMS and queues its answer. Throws only when the database fails: the SMS is then not
 * acknowledged to the SMSC, which delivers it again.
 */
export async function handleIncomingSms(db: Db, sms: IncomingSms, now: Date): Promise<SmsOutcome> {
  // An alphanumeric sender ("Smart", a bank) cannot be answered and is no citizen.
  const phone = normalizePhone(sms.from);
  if (!phone) return 'ignored';
  const lang = replyLanguage(sms.text);
  const handled = await handleIntent(db, phone, sms.text, lang, now);
  if (handled.answer && (await takeRateSlot(db.kysely, SMS_ANSWER_LIMIT, phone, now))) {
    await enqueueMessage(db.kysely, {
      channel: 'sms',
      recipient: phone,
      template: handled.answer.template,
      lang,
      payload: handled.answer.payload,
      caseId: handled.answer.caseId,
      now,
    });
  }
  return handled.outcome;
}

async function handleIntent(db: Db, phone: string, text: string, lang: Lang, now: Date): Promise<Handled> {
  const intent = readSmsIntent(text);
  switch (intent.kind) {
    case 'status':
      return statusOf(db.kysely, intent.code, lang);
    case 'coded-reply': {
      const replied = await replyOnCase(db, intent.code, phone, intent.text, now);
      return replied ?? help();
    }
    case 'concern':
      return newConcern(db, phone, intent.text, lang, now);
    case 'complaint':
      return newComplaint(db, phone, intent.complaint, intent.text, lang, now);
    case 'bad-code':
      return help();
    case 'other': {
      const waiting = await waitingCasesOfPhone(db.kysely, phone);
      if (waiting.length === 1) {
        return (await replyOnCase(db, waiting[0].tracking_code, phone, intent.text, now)) ?? help();
      }
      if (waiting.length > 1) {
        const codes = waiting.map((c) => c.tracking_code);
        return {
          outcome: 'which-case',
          answer: { template: 'sms_which_case', payload: { codes }, caseId: null },
        };
      }
      return help();
    }
  }
}

/** The public status of a case (or of a concern still in the national queue: received). */
async function statusOf(db: Executor, code: string, lang: Lang): Promise<Handled> {
  const row = await findCaseByCode(db, code);
  const queued = row ? undefined : await findSmsIntakeByCode(db, code);
  if (!row && !queued) {
    return {
      outcome: 'unknown-code',
      answer: { template: 'sms_unknown_code', payload: { trackingCode: code }, caseId: null },
    };
  }
  // caseId stays empty: whoever asks by code need not be the case's citizen, and their number is theirs.
  const status = caseStatusText(row?.status ?? 'received', lang);
  return {
    outcome: 'status',
    answer: {
      template: 'sms_status',
      payload: { trackingCode: code, status, ...messageAbout(row?.office_code) },
      caseId: null,
    },
  };
}

/**
 * The citizen's words on their case, proved by the number the SMS came from: the reply the office waits
 * for, or more information on an open case. Undefined when the number is not the case's or the case takes
 * nothing now (the answer is then help, which says nothing of the case).
 */
async function replyOnCase(
  db: Db,
  code: string,
  phone: string,
  words: string,
  now: Date,
): Promise<Handled | undefined> {
  const row = await findCaseByCode(db.kysely, code);
  if (!row) return undefined;
  const parsed = handlingInputSchema.safeParse(
    row.status === 'awaiting_citizen'
      ? { action: 'citizen_replies', reply: words }
      : { action: 'add_information', note: words },
  );
  if (!parsed.success) return undefined;
  const result = await handleCase(
    db,
    row.tracking_code,
    parsed.data,
    { kind: 'citizen', proof: { kind: 'phone', number: phone } },
    now,
  );
  if (!result.ok) return undefined;
  return {
    outcome: 'reply',
    answer: {
      template: 'sms_reply_received',
      payload: { trackingCode: row.tracking_code, ...messageAbout(row.office_code) },
      caseId: row.id,
    },
  };
}

/**
 * A new concern by SMS: held by the office of the province the number last gave a case in, else put in
 * the national queue for the secretariat to assign. Either way the citizen gets the tracking code and
 * the private link at once; staff complete the place and the category.
 */
async function newConcern(db: Db, phone: string, text: string, lang: Lang, now: Date): Promise<Handled> {
  const description = text.slice(0, 4000);
  if (description.length < MIN_CONCERN_CHARS) return help();
  if (!(await takeRateSlot(db.kysely, SMS_CONCERN_LIMIT, phone, now))) return { outcome: 'ignored' };
  const province = await lastProvinceOfPhone(db.kysely, phone);
  const category = await findCategory(db.kysely, SMS_CONCERN_CATEGORY);
  const citizenKey = newCitizenKey();
  if (province && category?.is_active === 1) {
    const officeCode = constituencyOfficeCode(province);
    const nowIso = now.toISOString();
    await intakeWriter(db).write({
      case: {
        office_code: officeCode,
        category_code: SMS_CONCERN_CATEGORY,
        description,
        province_code: province,
        district_code: null,
        commune_code: null,
        channel: 'sms',
        confidential: 0,
        consent_to_share: 0,
        has_contact: 1,
        submitted_at: nowIso,
        updated_at: nowIso,
        search_text: buildSearchText([description]),
      },
      lang,
      today: phnomPenhDate(now),
      contact: { name: null, phone, email: null, preferred_contact: 'sms' },
      actor: CITIZEN,
      audit: { office: officeCode, category: SMS_CONCERN_CATEGORY, channel: 'sms', has_contact: true },
      acknowledgement: { channel: 'sms', address: phone },
      citizenKey,
      now,
    });
    return { outcome: 'concern' };
  }
  await queueForSecretariat(
    db,
    { phone, lang, text: description, keyHash: hashSecret(citizenKey), now },
    (trackingCode) => ({
      template: 'acknowledgement',
      payload: { trackingCode, key: citizenKey },
    }),
  );
  return { outcome: 'queued' };
}

/**
 * A complaint to the Citizens' Office by SMS. An SMS says nothing of the district complained about, and
 * only that district's ombudsman may see the complainant: it waits in the secretariat's queue, marked a
 * complaint, until it is assigned to a district's Citizens' Office. The citizen gets its tracking code at
 * once, in one SMS part.
 */
async function newComplaint(
  db: Db,
  phone: string,
  kind: SmsComplaintKind,
  words: string,
  lang: Lang,
  now: Date,
): Promise<Handled> {
  const description = words.slice(0, 4000);
  if (description.length < MIN_CONCERN_CHARS) return help();
  if (!(await takeRateSlot(db.kysely, SMS_CONCERN_LIMIT, phone, now))) return { outcome: 'ignored' };
  await queueForSecretariat(
    db,
    {
      phone,
      lang,
      text: complaintQueueText(kind, description),
      // The private link does not fit the one-part answer: it goes by SMS once the complaint is a district
      // office's case and the link works (sms-intake.commands.ts); until then the code and the number prove them.
      keyHash: hashSecret(newCitizenKey()),
      now,
    },
    (trackingCode) => ({ template: 'sms_complaint_received', payload: { trackingCode } }),
  );
  return { outcome: 'complaint-queued' };
}

/** An SMS kept in the secretariat's queue under a new tracking code, and the citizen's answer, in one transaction. */
async function queueForSecretariat(
  db: Db,
  sms: { phone: string; lang: Lang; text: string; keyHash: string; now: Date },
  answer: (trackingCode: string) => { template: Template; payload: MessagePayload },
): Promise<void> {
  const trackingCode = await unusedTrackingCode(db.kysely);
  await db.kysely.transaction().execute(async (trx) => {
    await insertSmsIntake(trx, {
      tracking_code: trackingCode,
      received_at: sms.now.toISOString(),
      phone: sms.phone,
      lang: sms.lang,
      text: sms.text,
      key_hash: sms.keyHash,
    });
    await enqueueMessage(trx, {
      channel: 'sms',
      recipient: sms.phone,
      lang: sms.lang,
      ...answer(trackingCode),
      caseId: null,
      now: sms.now,
    });
  });
}

async function unusedTrackingCode(db: Executor): Promise<string> {
  for (;;) {
    const code = newTrackingCode();
    if (!(await takenTrackingCodes(db, [code])).has(code)) return code;
  }
}
