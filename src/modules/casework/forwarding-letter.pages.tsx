// The printable forwarding letter (Khmer or English) and the contacts page: the two staff views that
// may carry a citizen's identity, each only after an audited read the caller has done.
import { commissionName } from '../../platform/i18n/commission-name';
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatDate, formatDateTime } from '../../platform/i18n/i18n';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import type { CaseLocation, Contacts } from './case-contacts.commands';
import { casePageMessages } from './case-page.messages';
import { holderText, placeText } from './case-page.pages';
import type { StaffCase } from './casework.rows';

export function ContactsView({
  lang,
  contacts,
  location,
  back,
}: {
  lang: Lang;
  contacts: Contacts | null;
  location: CaseLocation | null;
  back: string;
}) {
  const m = casePageMessages[lang];
  // Six decimals (about 10 cm) as Telegram gives them; geo: opens the phone's own map, no third party asked.
  const point = location
    ? `${Number(location.latitude).toFixed(6)},${Number(location.longitude).toFixed(6)}`
    : null;
  return (
    <>
      <p class="notice">{m.contactsRecorded}</p>
      {contacts ? (
        <dl class="facts">
          <dt>{m.name}</dt>
          <dd>{contacts.name ?? m.notGiven}</dd>
          <dt>{m.phone}</dt>
          <dd>{contacts.phone ?? m.notGiven}</dd>
          <dt>{m.email}</dt>
          <dd>{contacts.email ?? m.notGiven}</dd>
          <dt>{m.preferred}</dt>
          <dd>{m.preferences[contacts.preferred_contact]}</dd>
        </dl>
      ) : (
        <p>{m.noContact}</p>
      )}
      {point ? (
        <dl class="facts">
          <dt>{m.sharedLocation}</dt>
          <dd>
            <a href={`geo:${point}`} translate="no">
              {point}
            </a>
          </dd>
        </dl>
      ) : null}
      <p>
        <a href={back}>{m.openAgain}</a>
      </p>
    </>
  );
}

export function LetterView(props: {
  lang: Lang;
  digits: Digits;
  row: StaffCase;
  contacts: Contacts | null;
  today: Date;
}) {
  const { lang, digits, row } = props;
  const m = casePageMessages[lang];
  const l = m.letter;
  const office = lang === 'km' ? row.office_km : row.office_en;
  const category = lang === 'km' ? row.category_km : row.category_en;
  // A citizen known only by their Telegram chat has no name, phone or e-mail to put in a letter.
  const named = props.contacts
    ? [props.contacts.name, props.contacts.phone, props.contacts.email].filter(Boolean).join(' · ')
    : '';
  const citizen = props.contacts
    ? named || l.anonymous
    : row.confidential
      ? l.withheldConfidential
      : !row.has_contact
        ? l.anonymous
        : l.withheldNoConsent;
  return (
    <article class="letter" lang={lang}>
      <p class="no-print muted">{l.print}</p>
      <p>
        {l.date} {formatDate(props.today, lang, digits)}
      </p>
      <p>
        {l.from} {office}
      </p>
      <p>
        {l.to} {holderOfLetter(row, lang)}
      </p>
      <p>
        <strong>{l.subject(formatTrackingCode(row.tracking_code))}</strong>
      </p>
      <p>{l.body}</p>
      <dl class="facts">
        <dt>{l.category}</dt>
        <dd>{category}</dd>
        <dt>{l.place}</dt>
        <dd>{placeText(row, lang)}</dd>
        <dt>{l.received}</dt>
        <dd>{formatDateTime(row.submitted_at, lang, digits)}</dd>
        <dt>{l.citizen}</dt>
        <dd>{citizen}</dd>
      </dl>
      <p>{l.concern}</p>
      <blockquote class="prewrap">{row.description}</blockquote>
      <p>{l.closing}</p>
      <p class="signature">{l.signature}</p>
    </article>
  );
}

/** Whom the letter goes to: the commission or the named ministry or authority, whatever the status now. */
function holderOfLetter(row: StaffCase, lang: Lang): string {
  if (row.destination_kind === 'commission')
    return commissionName(lang, {
      code: row.commission_code,
      name_km: row.commission_km,
      name_en: row.commission_en,
    });
  return row.destination_name ?? holderText(row, lang);
}
