// Office staff log a concern brought in person, by phone, by letter or during an MP's field mission:
// the public concern form with the channel and the citizen's language added, for their own office's province.
import { hashSecret } from '../../platform/auth/tokens';
import { formContentHash, issueFormToken, TokenAlreadyUsed } from '../../platform/http/form-tokens';
import { findFormToken, useFormToken } from '../../platform/http/form-tokens.queries';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { isLang } from '../../platform/i18n/i18n';
import { renderPage } from '../../web/page';
import { constituencyOfficeCode, provinces } from '../places';
import { OFFICE_ROLES, officesOf } from './casework.policy';
import { citizenSlipPage } from './citizen-slip.pages';
import { ConcernForm, type ConcernFormValues, STAFF_CHANNELS, type StaffFields } from './concern.pages';
import {
  answerUsedToken,
  type ConcernErrors,
  concernErrors,
  dropStalePlaces,
  fieldOfSubmitError,
  formChoices,
  str,
  tokenProblemPage,
  valuesOf,
} from './intake.routes';
import { intakeMessages, type StaffChannel } from './messages';
import { concernInputSchema, submitConcern } from './submit-concern.commands';
import { telegramStepOf } from './telegram-link.commands';

const FORM_PATH = '/office/concerns/new';
/** The staff case page shows the new case; `new=1` asks it to show the tracking code to give the citizen. */
const casePath = (trackingCode: string) => `/office/cases/${trackingCode}?new=1`;

/** The provinces whose constituency office this staff member works in. */
async function ownProvinceCodes(c: Ctx): Promise<string[]> {
  const offices = officesOf(c.get('user'));
  return (await provinces(c.get('deps').db.kysely))
    .map((p) => p.code)
    .filter((code) => offices.includes(constituencyOfficeCode(code)));
}

async function renderStaffForm(
  c: Ctx,
  values: ConcernFormValues,
  staff: StaffFields,
  formToken: string,
  errors: ConcernErrors = {},
) {
  const lang = c.get('lang');
  const own = await ownProvinceCodes(c);
  // An office of one province: that province is already chosen, and its districts shown.
  const filled = values.province === '' && own.length === 1 ? { ...values, province: own[0] } : values;
  const choices = await formChoices(c.get('deps').db.kysely, filled, lang, own);
  const refused = Object.keys(errors).length > 0 || Object.keys(staff.errors).length > 0;
  return renderPage(
    c,
    intakeMessages[lang].staffFormTitle,
    <ConcernForm
      lang={lang}
      csrfToken={c.get('csrfToken')}
      formToken={formToken}
      values={filled}
      errors={errors}
      action="/office/concerns"
      staff={staff}
      {...choices}
    />,
    refused ? 422 : 200,
  );
}

function staffFieldsOf(source: Record<string, unknown>): StaffFields {
  return { channel: str(source.channel), citizenLang: str(source.citizenLang) || 'km', errors: {} };
}

/** GET /office/concerns/new */
async function newStaffConcernPage(c: Ctx) {
  return renderStaffForm(c, valuesOf({}), staffFieldsOf({}), await issueFormToken(c));
}

/** POST /office/concerns — a step of the place lists, or the concern itself. */
async function postStaffConcern(c: Ctx) {
  const form = await c.req.parseBody();
  const token = str(form.form_token);
  const db = c.get('deps').db;
  // As on the public form: a token not issued here, or already used, goes no further.
  const tokenHash = token ? hashSecret(token) : '';
  const record = tokenHash ? await findFormToken(db.kysely, tokenHash) : undefined;
  if (!record) return tokenProblemPage(c, FORM_PATH);
  const contentHash = formContentHash(token, form);
  if (record.used_at)
    return (await answerUsedToken(c, tokenHash, contentHash, casePath)) ?? tokenProblemPage(c, FORM_PATH);

  const values = valuesOf(form);
  const staff = staffFieldsOf(form);
  if (str(form.step)) return renderStaffForm(c, dropStalePlaces(values), staff, token);

  const channel = (STAFF_CHANNELS as readonly string[]).includes(staff.channel)
    ? (staff.channel as StaffChannel)
    : null;
  if (!channel) staff.errors.channel = staff.channel === '' ? 'required' : 'invalid';
  const citizenLang = isLang(staff.citizenLang) ? staff.citizenLang : null;
  if (!citizenLang) staff.errors.citizenLang = 'invalid';
  const parsed = concernInputSchema.safeParse({ ...values });
  const errors = parsed.success ? {} : concernErrors(parsed.error.issues, values);
  // Staff work their own office's cases: a concern of another province goes to that province's office.
  const own = await ownProvinceCodes(c);
  if (!errors.province && values.province !== '' && !own.includes(values.province))
    errors.province = 'outside-office';
  if (!parsed.success || !channel || !citizenLang || errors.province) {
    return renderStaffForm(c, values, staff, token, errors);
  }

  const user = c.get('user');
  if (!user) throw new Error('the guard let an anonymous visitor log a concern');
  const now = new Date();
  let result: Awaited<ReturnType<typeof submitConcern>>;
  try {
    result = await submitConcern(
      db,
      parsed.data,
      { channel, actor: { userId: user.id, label: user.username }, lang: citizenLang, now },
      async (trx, created) => {
        if (!(await useFormToken(trx, tokenHash, { caseId: created.id, contentHash }, now.toISOString())))
          throw new TokenAlreadyUsed();
      },
    );
  } catch (error) {
    // A second tap of the same form won the race: show the case it created.
    if (error instanceof TokenAlreadyUsed) {
      return (await answerUsedToken(c, tokenHash, contentHash, casePath)) ?? tokenProblemPage(c, FORM_PATH);
    }
    throw error;
  }
  if (!result.ok) {
    return renderStaffForm(c, values, staff, token, { [fieldOfSubmitError(result.error)]: result.error });
  }
  // The slip for the citizen, with the private link shown this once (a reload sends the form again and
  // gets the case page, without the link: the office can issue a new one there).
  // A citizen who chose Telegram is given the bot's link with the slip (their language, not the staff's).
  const telegram = await telegramStepOf({
    db: db.kysely,
    caseId: result.value.id,
    trackingCode: result.value.trackingCode,
    telegramOn: !!c.get('deps').telegram,
    now: new Date(),
  });
  return citizenSlipPage(
    c,
    result.value.trackingCode,
    result.value.citizenKey,
    telegram && { lang: citizenLang, ...telegram },
  );
}

export const staffIntakeRoutes: RouteDef[] = [
  { method: 'GET', path: FORM_PATH, kind: 'page', access: OFFICE_ROLES, handler: newStaffConcernPage },
  { method: 'POST', path: '/office/concerns', kind: 'page', access: OFFICE_ROLES, handler: postStaffConcern },
];
