// The secretariat's page of the Assembly's records: the forms for a legislature, a party, a member, a
// session and a sitting. A view: the route handler loads what it offers to choose from.
import type { Ctx } from '../../platform/http/types';
import { dateInputHint } from '../../platform/i18n/date-input';
import { renderPage } from '../../web/page';
import { CheckField, SelectField, TextField } from './questions-laws.forms';
import { recordsMessages } from './records.messages';
import { type Failed, FormSection, failedForm } from './records.parts.pages';
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
  const m = recordsMessages[lang];
  const { posted, refusals } = failedForm(failed);
  const legislatureOptions = legislatures.map((l) => ({
    value: String(l.id),
    label: m.legislature(String(l.number)),
  }));
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
      <FormSection
        c={c}
        id="member"
        title={m.newMember}
        action="/secretariat/assembly/members"
        refusals={refusals('member')}
      >
        <SelectField
          id="member-legislature"
          name="legislatureId"
          label={m.legislature('')}
          options={legislatureOptions}
          posted={posted('member')}
        />
        <TextField
          id="member-nameKm"
          name="nameKm"
          label={m.nameKm}
          lang="km"
          required
          maxlength={200}
          posted={posted('member')}
        />
        <TextField
          id="member-nameEn"
          name="nameEn"
          label={m.nameEn}
          lang="en"
          required
          maxlength={200}
          posted={posted('member')}
        />
        <TextField
          id="member-birthDate"
          name="birthDate"
          type="date"
          hint={dateInputHint(lang, c.get('digits'))}
          label={m.birthDate}
          required
          posted={posted('member')}
        />
        <CheckField
          id="member-khmerByBirth"
          name="khmerByBirth"
          label={m.khmerByBirth}
          posted={posted('member')}
        />
        <SelectField
          id="member-gender"
          name="gender"
          label={m.gender}
          placeholder={m.none}
          options={['female', 'male'].map((g) => ({ value: g, label: m.genders[g] }))}
          posted={posted('member')}
        />
        <SelectField
          id="member-province"
          name="province"
          label={m.province}
          placeholder={m.choose}
          options={provinces.map((p) => ({ value: p.code, label: lang === 'km' ? p.name_km : p.name_latin }))}
          posted={posted('member')}
        />
        <SelectField
          id="member-party"
          name="party"
          label={m.party}
          placeholder={m.none}
          options={parties.map((p) => ({ value: p.code, label: lang === 'km' ? p.name_km : p.name_en }))}
          posted={posted('member')}
        />
        <TextField
          id="member-startDate"
          name="startDate"
          type="date"
          hint={dateInputHint(lang, c.get('digits'))}
          label={m.startDate}
          required
          posted={posted('member')}
        />
      </FormSection>
      <FormSection
        c={c}
        id="sitting"
        title={m.newSitting}
        action="/secretariat/assembly/sittings"
        refusals={refusals('sitting')}
      >
        <SelectField
          id="sitting-session"
          name="sessionId"
          label={m.session}
          options={sessions.map((s) => ({
            value: String(s.id),
            label: `${m.sessionKinds[s.kind]} ${s.opens_on} – ${s.closes_on}`,
          }))}
          posted={posted('sitting')}
        />
        <TextField
          id="sitting-on"
          name="sittingOn"
          type="date"
          hint={dateInputHint(lang, c.get('digits'))}
          label={m.sittingOn}
          required
          posted={posted('sitting')}
        />
        <TextField
          id="sitting-titleKm"
          name="titleKm"
          label={m.titleKm}
          lang="km"
          required
          maxlength={300}
          posted={posted('sitting')}
        />
        <TextField
          id="sitting-titleEn"
          name="titleEn"
          label={m.titleEn}
          lang="en"
          required
          maxlength={300}
          posted={posted('sitting')}
        />
        <CheckField
          id="sitting-questionDay"
          name="isQuestionDay"
          label={m.isQuestionDay}
          posted={posted('sitting')}
        />
        <SelectField
          id="sitting-closed"
          name="closedAtRequestOf"
          label={m.closedAtRequestOf}
          placeholder={m.none}
          options={SITTING_CLOSERS.map((r) => ({ value: r, label: m.requesters[r] }))}
          posted={posted('sitting')}
        />
        <TextField
          id="sitting-closingMembers"
          name="closingMembers"
          label={m.closingMembers}
          maxlength={6}
          posted={posted('sitting')}
        />
      </FormSection>
      <FormSection
        c={c}
        id="session"
        title={m.newSession}
        action="/secretariat/assembly/sessions"
        refusals={refusals('session')}
      >
        <SelectField
          id="session-legislature"
          name="legislatureId"
          label={m.legislature('')}
          options={legislatureOptions}
          posted={posted('session')}
        />
        <SelectField
          id="session-kind"
          name="kind"
          label={m.kind}
          options={['ordinary', 'extraordinary'].map((k) => ({ value: k, label: m.sessionKinds[k] }))}
          posted={posted('session')}
        />
        <TextField
          id="session-opensOn"
          name="opensOn"
          type="date"
          hint={dateInputHint(lang, c.get('digits'))}
          label={m.opensOn}
          required
          posted={posted('session')}
        />
        <TextField
          id="session-closesOn"
          name="closesOn"
          type="date"
          hint={dateInputHint(lang, c.get('digits'))}
          label={m.closesOn}
          required
          posted={posted('session')}
        />
        <SelectField
          id="session-requestedBy"
          name="requestedBy"
          label={m.requestedBy}
          placeholder={m.none}
          options={SESSION_REQUESTERS.map((r) => ({ value: r, label: m.requesters[r] }))}
          posted={posted('session')}
        />
        <TextField
          id="session-requestingMembers"
          name="requestingMembers"
          label={m.requestingMembers}
          maxlength={6}
          posted={posted('session')}
        />
        <TextField
          id="session-agendaKm"
          name="agendaKm"
          label={m.agendaKm}
          lang="km"
          multiline
          maxlength={4000}
          posted={posted('session')}
        />
        <TextField
          id="session-agendaEn"
          name="agendaEn"
          label={m.agendaEn}
          lang="en"
          multiline
          maxlength={4000}
          posted={posted('session')}
        />
        <TextField
          id="session-publishedOn"
          name="publishedOn"
          type="date"
          hint={dateInputHint(lang, c.get('digits'))}
          label={m.publishedOn}
          posted={posted('session')}
        />
      </FormSection>
      <FormSection
        c={c}
        id="party"
        title={m.newParty}
        action="/secretariat/assembly/parties"
        refusals={refusals('party')}
      >
        <TextField
          id="party-code"
          name="code"
          label={m.code}
          required
          maxlength={20}
          posted={posted('party')}
        />
        <TextField
          id="party-nameKm"
          name="nameKm"
          label={m.nameKm}
          lang="km"
          required
          maxlength={200}
          posted={posted('party')}
        />
        <TextField
          id="party-nameEn"
          name="nameEn"
          label={m.nameEn}
          lang="en"
          required
          maxlength={200}
          posted={posted('party')}
        />
      </FormSection>
      <FormSection
        c={c}
        id="legislature"
        title={m.newLegislature}
        action="/secretariat/assembly/legislatures"
        refusals={refusals('legislature')}
      >
        <TextField
          id="legislature-number"
          name="number"
          label={m.number}
          required
          maxlength={4}
          posted={posted('legislature')}
        />
        <TextField
          id="legislature-seats"
          name="seats"
          label={m.seats}
          required
          maxlength={4}
          posted={posted('legislature')}
        />
        <TextField
          id="legislature-electedOn"
          name="electedOn"
          type="date"
          hint={dateInputHint(lang, c.get('digits'))}
          label={m.electedOn}
          required
          posted={posted('legislature')}
        />
        <TextField
          id="legislature-convenedOn"
          name="convenedOn"
          type="date"
          hint={dateInputHint(lang, c.get('digits'))}
          label={m.convenedOn}
          posted={posted('legislature')}
        />
      </FormSection>
    </>,
    failed ? 422 : 200,
  );
}
