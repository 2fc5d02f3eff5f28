// The secretariat's page of the Assembly's records: the forms for a legislature, a party, a member, a
// session and a sitting. A view: the route handler loads what it offers to choose from.
import type { Ctx } from '../../platform/http/types';
import { dateInputHint } from '../../platform/i18n/date-input';
import { formatCalendarDate, formatRecordNumber } from '../../platform/i18n/i18n';
import { renderPage } from '../../web/page';
import { recordsMessages } from './records.messages';
import { type Failed, FormSection, failedForm, formFields } from './records.parts.pages';
import { SESSION_REQUESTERS, SITTING_CLOSERS } from './sittings.commands';

/** What the secretariat's page offers to choose from. */
export interface SecretariatChoices {
  legislatures: { id: number; number: number }[];
  parties: { code: string; name_km: string; name_en: string }[];
  provinces: { code: string; name_km: string; name_latin: string }[];
  sessions: { id: number; kind: string; opens_on: string; closes_on: string }[];
}

export function secretariatView(c: Ctx, choices: SecretariatChoices, failed?: Failed) {
  const { legislatures, parties, provinces, sessions } = choices;
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = recordsMessages[lang];
  const { posted, refusals } = failedForm(failed);
  const legislatureOptions = legislatures.map((l) => ({
    value: String(l.id),
    label: m.legislature(formatRecordNumber(l.number, lang, digits)),
  }));
  const day = (date: string) => formatCalendarDate(date, lang, digits);
  const fields = (form: string) => formFields(form, posted(form), dateInputHint(lang, digits));
  const section = (form: string, title: string, path: string) => ({
    c,
    id: form,
    title,
    action: `/secretariat/assembly/${path}`,
    refusals: refusals(form),
  });
  const member = fields('member');
  const sitting = fields('sitting');
  const session = fields('session');
  const party = fields('party');
  const legislature = fields('legislature');
  const names = { km: m.nameKm, en: m.nameEn };
  return renderPage(
    c,
    m.secretariatTitle,
    <>
      {c.req.query('saved') === '1' && !failed ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      <p>
        <a href="/assembly">{m.overviewTitle}</a> · <a href="/assembly/sessions">{m.sessionsTitle}</a> ·{' '}
        <a href="/secretariat/assembly/term">{m.termLink}</a>
      </p>
      <FormSection {...section('member', m.newMember, 'members')}>
        {member.select('legislatureId', m.legislature(''), legislatureOptions, { id: 'member-legislature' })}
        {member.bilingual('name', names, { required: true, maxlength: 200 })}
        {member.date('birthDate', m.birthDate, { required: true })}
        {member.check('khmerByBirth', m.khmerByBirth)}
        {member.select(
          'gender',
          m.gender,
          (['female', 'male'] as const).map((g) => ({ value: g, label: m.genders[g] })),
          { placeholder: m.none },
        )}
        {member.select(
          'province',
          m.province,
          provinces.map((p) => ({ value: p.code, label: lang === 'km' ? p.name_km : p.name_latin })),
          { placeholder: m.choose },
        )}
        {member.select(
          'party',
          m.party,
          parties.map((p) => ({ value: p.code, label: lang === 'km' ? p.name_km : p.name_en })),
          { placeholder: m.none },
        )}
        {member.date('startDate', m.startDate, { required: true })}
      </FormSection>
      <FormSection {...section('sitting', m.newSitting, 'sittings')}>
        {sitting.select(
          'sessionId',
          m.session,
          sessions.map((s) => ({
            value: String(s.id),
            label: `${m.sessionKinds[s.kind]} ${day(s.opens_on)} – ${day(s.closes_on)}`,
          })),
          { id: 'sitting-session' },
        )}
        {sitting.date('sittingOn', m.sittingOn, { id: 'sitting-on', required: true })}
        {sitting.bilingual('title', { km: m.titleKm, en: m.titleEn }, { required: true, maxlength: 300 })}
        {sitting.check('isQuestionDay', m.isQuestionDay, { id: 'sitting-questionDay' })}
        {sitting.select(
          'closedAtRequestOf',
          m.closedAtRequestOf,
          SITTING_CLOSERS.map((r) => ({ value: r, label: m.requesters[r] })),
          { id: 'sitting-closed', placeholder: m.none },
        )}
        {sitting.text('closingMembers', m.closingMembers, { maxlength: 6 })}
      </FormSection>
      <FormSection {...section('session', m.newSession, 'sessions')}>
        {session.select('legislatureId', m.legislature(''), legislatureOptions, {
          id: 'session-legislature',
        })}
        {session.select(
          'kind',
          m.kind,
          ['ordinary', 'extraordinary'].map((k) => ({ value: k, label: m.sessionKinds[k] })),
        )}
        {session.date('opensOn', m.opensOn, { required: true })}
        {session.date('closesOn', m.closesOn, { required: true })}
        {session.select(
          'requestedBy',
          m.requestedBy,
          SESSION_REQUESTERS.map((r) => ({ value: r, label: m.requesters[r] })),
          { placeholder: m.none },
        )}
        {session.text('requestingMembers', m.requestingMembers, { maxlength: 6 })}
        {session.bilingual(
          'agenda',
          { km: m.agendaKm, en: m.agendaEn },
          { multiline: true, maxlength: 4000 },
        )}
        {session.date('publishedOn', m.publishedOn)}
      </FormSection>
      <FormSection {...section('party', m.newParty, 'parties')}>
        {party.text('code', m.code, { required: true, maxlength: 20 })}
        {party.bilingual('name', names, { required: true, maxlength: 200 })}
      </FormSection>
      <FormSection {...section('legislature', m.newLegislature, 'legislatures')}>
        {legislature.text('number', m.number, { required: true, maxlength: 4 })}
        {legislature.text('seats', m.seats, { required: true, maxlength: 4 })}
        {legislature.date('electedOn', m.electedOn, { required: true })}
        {legislature.date('convenedOn', m.convenedOn)}
      </FormSection>
    </>,
    failed ? 422 : 200,
  );
}
