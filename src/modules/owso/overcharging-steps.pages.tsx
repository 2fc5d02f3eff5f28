// The overcharging form's first steps when Sala lists too many offices or services for one small page: the
// province, then the office, each a plain GET form whose answer lands back at the next field (#office).
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { owsoMessages } from './messages';

/** What the office step shows of each office. */
interface OfficeChoice {
  code: string;
  name_en: string;
  name_km: string;
}

export function OverchargingChooser(
  props: {
    lang: Lang;
    digits: Digits;
    /** Service code to keep (a service page links here with it). */
    service: string;
  } & (
    | { step: 'province'; provinces: { code: string; name_km: string; name_latin: string }[] }
    | { step: 'office'; province: string; offices: OfficeChoice[] }
  ),
) {
  const m = owsoMessages[props.lang];
  return (
    <>
      <p>{m.overchargingIntro}</p>
      <form method="get" action="/owso/overcharging/new#office">
        {props.service ? <input type="hidden" name="service" value={props.service} /> : null}
        {props.step === 'province' ? (
          <p>
            <label for="province">{m.officeProvince}</label>
            <select id="province" name="province" required>
              <option value="">{m.allProvinces}</option>
              {props.provinces.map((p) => (
                <option value={p.code}>{props.lang === 'km' ? p.name_km : p.name_latin}</option>
              ))}
            </select>
          </p>
        ) : (
          <p>
            <input type="hidden" name="province" value={props.province} />
            <label for="office">{m.office}</label>
            <select id="office" name="office" required>
              <option value="">{m.chooseOffice}</option>
              {props.offices.map((o) => (
                <option value={o.code}>{props.lang === 'km' ? o.name_km : o.name_en}</option>
              ))}
            </select>
          </p>
        )}
        <button type="submit">{m.next}</button>
      </form>
    </>
  );
}
