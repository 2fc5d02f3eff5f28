// Views of MPs' field missions (plan, report) and the public office page.
import {
  type Digits,
  formatCalendarDate,
  formatNumber,
  formatRecordNumber,
  type Lang,
} from '../../platform/i18n/i18n';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { ListOrNone } from '../../web/data-table';
import {
  Alert,
  DateHint,
  DateInput,
  fieldAria,
  Notice,
  FieldError as SharedFieldError,
} from '../../web/form';
import { CsrfField, type FormContext } from '../../web/layout';
import { TelegramStep } from '../casework';
import { type LinkedCase, TopicAndStatus } from './linked-cases.pages';
import { type MissionErrorCode, missionMessages } from './missions.messages';

export interface Named {
  name_en: string;
  name_km: string;
}
export interface Commune {
  code: string;
  name_km: string;
  name_latin: string;
}
export interface MissionRow {
  id: number;
  purpose: string;
  starts_on: string;
  ends_on: string;
  published: number;
  reported_at: string | null;
  is_demo: number;
  members: Named[];
  communes: Commune[];
}

const personName = (p: Named, lang: Lang) => (lang === 'km' ? p.name_km : p.name_en);
const communeName = (c: Commune, lang: Lang) => (lang === 'km' ? c.name_km : c.name_latin);
const dates = (m: { starts_on: string; ends_on: string }, lang: Lang, digits: Digits) => {
  const day = (date: string) => formatCalendarDate(date, lang, digits);
  return m.starts_on === m.ends_on ? day(m.starts_on) : `${day(m.starts_on)} – ${day(m.ends_on)}`;
};

function FieldError(props: { id: string; lang: Lang; code?: MissionErrorCode }) {
  return (
    <SharedFieldError id={props.id} text={props.code && missionMessages[props.lang].errors[props.code]} />
  );
}

export function MissionSummary(props: { lang: Lang; digits: Digits; m: MissionRow; link?: boolean }) {
  const t = missionMessages[props.lang];
  const { m, lang, digits } = props;
  const title = t.mission(formatRecordNumber(m.id, lang, digits));
  return (
    <>
      <dt>
        {props.link ? <a href={`/office/missions/${m.id}`}>{title}</a> : title}: {dates(m, lang, digits)}
        {m.is_demo ? <span class="muted"> ({t.demo})</span> : null}
      </dt>
      <dd>
        <p>{m.purpose}</p>
        {m.members.length > 0 ? <p>{m.members.map((p) => personName(p, lang)).join(', ')}</p> : null}
        <p>{m.communes.map((c) => communeName(c, lang)).join(', ')}</p>
      </dd>
    </>
  );
}

export type PlanValues = {
  purpose: string;
  startsOn: string;
  endsOn: string;
  members: string[];
  communes: string[];
};
export const EMPTY_PLAN: PlanValues = { purpose: '', startsOn: '', endsOn: '', members: [], communes: [] };

export interface MissionsPageProps extends FormContext {
  office: { code: string } & Named;
  missions: MissionRow[];
  mps: ({ id: number } & Named)[];
  communes: Commune[];
  values: PlanValues;
  errors: Partial<Record<string, MissionErrorCode>>;
  notice?: string;
}

export function MissionsPage(props: MissionsPageProps) {
  const { lang } = props;
  const t = missionMessages[lang];
  const e = props.errors;
  return (
    <>
      <p>{t.intro}</p>
      <Notice text={props.notice} />
      <p>
        <a href={`/offices/${props.office.code}`}>{personName(props.office, lang)}</a> ·{' '}
        <a href={`/offices/${props.office.code}/calendar.ics`}>{t.calendar}</a>
      </p>
      <h2>{t.plan}</h2>
      <Alert text={Object.keys(e).length > 0 ? t.errorSummary : undefined} />
      <FieldError id="form" lang={lang} code={e.form} />
      <form method="post" action="/office/missions">
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="office" value={props.office.code} />
        <p>
          <label for="purpose">{t.purpose}</label>
          <textarea id="purpose" name="purpose" rows={2} {...fieldAria('purpose', false, e.purpose)}>
            {props.values.purpose}
          </textarea>
          <FieldError id="purpose" lang={lang} code={e.purpose} />
        </p>
        {(['startsOn', 'endsOn'] as const).map((name) => (
          <p>
            <label for={name}>{t[name]}</label> <DateHint id={name} lang={lang} digits={props.digits} />
            <DateInput id={name} name={name} value={props.values[name]} error={e[name]} />
            <FieldError id={name} lang={lang} code={e[name]} />
          </p>
        ))}
        <fieldset>
          <legend>{t.members}</legend>
          {props.mps.length === 0 ? <p class="muted">{t.noMembers}</p> : null}
          {props.mps.map((mp) => (
            <label>
              <input
                type="checkbox"
                name="members"
                value={String(mp.id)}
                checked={props.values.members.includes(String(mp.id))}
              />{' '}
              {personName(mp, lang)}
            </label>
          ))}
          <FieldError id="members" lang={lang} code={e.members} />
        </fieldset>
        <p>
          <label for="communes">{t.communes}</label>
          <select
            id="communes"
            name="communes"
            multiple
            size={8}
            {...fieldAria('communes', true, e.communes)}
          >
            {props.communes.map((c) => (
              <option value={c.code} selected={props.values.communes.includes(c.code)}>
                {communeName(c, lang)} ({c.code})
              </option>
            ))}
          </select>
          <span class="muted" id="communes-hint">
            {t.communesHint}
          </span>
          <FieldError id="communes" lang={lang} code={e.communes} />
        </p>
        <p>
          <label>
            <input type="checkbox" name="publish" value="1" /> {t.publishNow}
          </label>
        </p>
        <button type="submit">{t.save}</button>
      </form>
      <h2>{t.missions}</h2>
      {props.missions.length === 0 ? <p>{t.noMissions}</p> : null}
      <dl>
        {props.missions.map((m) => (
          <MissionSummary lang={lang} digits={props.digits} m={m} link />
        ))}
      </dl>
    </>
  );
}

export interface MissionPageProps extends FormContext {
  mission: MissionRow & {
    meetings_held: number | null;
    authorities_met: string | null;
    citizens_met: number | null;
    follow_ups: string | null;
  };
  categories: { code: string; name_en: string; name_km: string }[];
  cases: LinkedCase[];
  error?: MissionErrorCode;
  notice?: string;
}

/** Concern slots on the report form: enough for a day's visit without JavaScript to add more. */
export const CONCERN_SLOTS = 5;

export function MissionPage(props: MissionPageProps) {
  const { lang, mission: m } = props;
  const t = missionMessages[lang];
  const status = m.reported_at ? t.reported : m.published ? t.published : t.planned;
  return (
    <>
      <Notice text={props.notice} />
      <Alert text={props.error ? t.errors[props.error] : undefined} />
      <dl>
        <MissionSummary lang={lang} digits={props.digits} m={m} />
        <dt>{t.status}</dt>
        <dd>{status}</dd>
      </dl>
      {!m.published ? (
        <form method="post" action={`/office/missions/${m.id}/publish`}>
          <CsrfField token={props.csrfToken} />
          <button type="submit">{t.publish}</button>
        </form>
      ) : null}
      {m.reported_at ? (
        <>
          <h2>{t.theReport}</h2>
          <dl>
            <dt>{t.meetingsHeld}</dt>
            <dd>{m.meetings_held}</dd>
            <dt>{t.authoritiesMet}</dt>
            <dd>{m.authorities_met}</dd>
            <dt>{t.citizensMet}</dt>
            <dd>{m.citizens_met}</dd>
            <dt>{t.followUps}</dt>
            <dd>{m.follow_ups}</dd>
          </dl>
        </>
      ) : (
        <form method="post" action={`/office/missions/${m.id}/report`}>
          <CsrfField token={props.csrfToken} />
          <h2>{t.report}</h2>
          {(['meetingsHeld', 'citizensMet'] as const).map((name) => (
            <p>
              <label for={name}>{t[name]}</label>
              <input id={name} name={name} inputmode="numeric" value={formatNumber(0, lang, props.digits)} />
            </p>
          ))}
          {(['authoritiesMet', 'followUps'] as const).map((name) => (
            <p>
              <label for={name}>{t[name]}</label>
              <textarea id={name} name={name} rows={2} />
            </p>
          ))}
          <p class="muted" id="how-to-tell-hint">
            {t.howToTellHint}
          </p>
          {Array.from({ length: CONCERN_SLOTS }, (_, i) => (
            <fieldset>
              <legend>{t.concernN(formatNumber(i + 1, lang, props.digits))}</legend>
              <p>
                <label for={`c${i}-category`}>{t.category}</label>
                <select id={`c${i}-category`} name={`c${i}-category`}>
                  <option value="">{t.chooseCategory}</option>
                  {props.categories.map((c) => (
                    <option value={c.code}>{lang === 'km' ? c.name_km : c.name_en}</option>
                  ))}
                </select>
              </p>
              <p>
                <label for={`c${i}-commune`}>{t.commune}</label>
                <select id={`c${i}-commune`} name={`c${i}-commune`}>
                  {m.communes.map((c) => (
                    <option value={c.code}>{communeName(c, lang)}</option>
                  ))}
                </select>
              </p>
              <p>
                <label for={`c${i}-description`}>{t.description}</label>
                <textarea id={`c${i}-description`} name={`c${i}-description`} rows={2} />
              </p>
              <p>
                <label for={`c${i}-phone`}>{t.citizenPhone}</label>
                <input id={`c${i}-phone`} name={`c${i}-phone`} type="tel" autocomplete="off" />
              </p>
              <p>
                <label for={`c${i}-email`}>{t.citizenEmail}</label>
                <input id={`c${i}-email`} name={`c${i}-email`} type="email" autocomplete="off" />
              </p>
              <p>
                <label for={`c${i}-preferredContact`}>{t.howToTell}</label>
                <select
                  id={`c${i}-preferredContact`}
                  name={`c${i}-preferredContact`}
                  aria-describedby="how-to-tell-hint"
                >
                  {(['', 'sms', 'telegram', 'email', 'none'] as const).map((value) => (
                    <option value={value}>{t.tellBy[value || 'auto']}</option>
                  ))}
                </select>
              </p>
            </fieldset>
          ))}
          <button type="submit">{t.saveReport}</button>
        </form>
      )}
      <h2>{t.casesCollected}</h2>
      <ListOrNone
        items={props.cases}
        none={t.noCases}
        item={(c) => (
          <>
            <a href={`/office/cases/${c.tracking_code}`}>{c.tracking_code}</a>{' '}
            <TopicAndStatus c={c} lang={lang} />
          </>
        )}
      />
    </>
  );
}

export interface OfficePageProps {
  lang: Lang;
  digits: Digits;
  office: { code: string } & Named;
  details:
    | {
        address_km: string;
        address_en: string;
        hours_km: string;
        hours_en: string;
        phone: string | null;
        email: string | null;
      }
    | undefined;
  /** Each links to the member's scorecard (/watch/members/:personId). */
  mps: ({ person_id: number } & Named)[];
  staff: { display_name: string; role: string }[];
  missions: MissionRow[];
  /** Offices that have staff in Sala, shown as examples when this one has none. */
  staffedOffices: ({ code: string } & Named)[];
}

export function OfficePage(props: OfficePageProps) {
  const { lang, details: d } = props;
  const t = missionMessages[lang];
  return (
    <>
      <h2>{t.contact}</h2>
      {d ? (
        <dl>
          <dt>{t.address}</dt>
          <dd>{lang === 'km' ? d.address_km : d.address_en}</dd>
          <dt>{t.hours}</dt>
          <dd>{lang === 'km' ? d.hours_km : d.hours_en}</dd>
          {d.phone ? (
            <>
              <dt>{t.phone}</dt>
              <dd>
                <a href={`tel:${d.phone.replace(/[^+0-9]/g, '')}`}>{d.phone}</a>
              </dd>
            </>
          ) : null}
          {d.email ? (
            <>
              <dt>{t.email}</dt>
              <dd>
                <a href={`mailto:${d.email}`}>{d.email}</a>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t.noDetails}</p>
      )}
      <p>
        <a href="/concerns/new">{t.raiseConcern}</a>
      </p>
      <h2>{t.mps}</h2>
      <ListOrNone
        items={props.mps}
        none={t.noMembers}
        item={(p) => (
          <>
            <a href={`/watch/members/${p.person_id}`}>{personName(p, lang)}</a>
          </>
        )}
      />
      <h2>{t.staff}</h2>
      {props.staff.length === 0 ? (
        <>
          <p>{t.noStaffYet}</p>
          {props.staffedOffices.length > 0 ? (
            <>
              <p>{t.seeAnOffice}</p>
              <ul>
                {props.staffedOffices.map((o) => (
                  <li>
                    <a href={`/offices/${o.code}`}>{lang === 'km' ? o.name_km : o.name_en}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <ul>
          {props.staff.map((s) => (
            <li>
              {s.display_name} ({s.role === 'co_director' ? t.director : t.staffMember})
            </li>
          ))}
        </ul>
      )}
      <h2>{t.upcoming}</h2>
      <p>
        <a href={`/offices/${props.office.code}/calendar.ics`}>{t.calendar}</a>
      </p>
      {props.missions.length === 0 ? <p>{t.noUpcoming}</p> : null}
      <dl>
        {props.missions.map((m) => (
          <MissionSummary lang={lang} digits={props.digits} m={m} />
        ))}
      </dl>
    </>
  );
}

/**
 * After a report in which citizens chose Telegram: each one's tracking code and the bot's one-time link
 * (in Khmer, for the citizen), shown this once — a reload would not show them again.
 */
export function MissionTelegramLinks(props: {
  lang: Lang;
  digits: Digits;
  missionId: number;
  count: number;
  steps: { trackingCode: string; link: string | null; fallback: 'sms' | 'email' | 'none' }[];
}) {
  const t = missionMessages[props.lang];
  return (
    <>
      <p class="notice" role="status">
        {t.reportedNotice(formatNumber(props.count, props.lang, props.digits))}
      </p>
      <p>{t.telegramLinksIntro}</p>
      {props.steps.map((step) => (
        <section aria-label={formatTrackingCode(step.trackingCode)}>
          <h2>
            <span translate="no">{formatTrackingCode(step.trackingCode)}</span>
          </h2>
          <TelegramStep lang="km" link={step.link} fallback={step.fallback} />
        </section>
      ))}
      <p>
        <a href={`/office/missions/${props.missionId}`}>{t.backToMission}</a>
      </p>
    </>
  );
}
