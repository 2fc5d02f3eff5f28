// The MP comparison's filters: constituency (by its name), party and commission, as one GET form that works
// without JavaScript, and the rule that keeps the members who match.
import { commissionName } from '../../platform/i18n/commission-name';
import type { Lang } from '../../platform/i18n/i18n';
import type { MemberIndicators } from './indicators.service';
import type { ScorecardMessages } from './scorecard.messages';

export interface MemberFilter {
  province: string;
  party: string;
  commission: string;
}

interface Named {
  code: string;
  name_en: string;
  name_km: string | null;
}

export interface FilterChoices {
  provinces: { code: string; name_km: string; name_latin: string }[];
  parties: Named[];
  commissions: Named[];
  /** The commissions each person sits on today, by person id. */
  commissionsOf: Map<number, Set<string>>;
}

/** Keeps only known codes: an unknown one is dropped (the list shows everyone), never an error page. */
export function readFilter(
  query: (name: string) => string | undefined,
  choices: FilterChoices,
): MemberFilter {
  const known = (name: string, list: { code: string }[]) => {
    const value = (query(name) ?? '').trim();
    return list.some((item) => item.code === value) ? value : '';
  };
  return {
    province: known('province', choices.provinces),
    party: known('party', choices.parties),
    commission: known('commission', choices.commissions),
  };
}

export function matchesFilter(row: MemberIndicators, filter: MemberFilter, choices: FilterChoices): boolean {
  if (filter.province && row.provinceCode !== filter.province) return false;
  if (filter.party && row.partyCode !== filter.party) return false;
  if (filter.commission && !choices.commissionsOf.get(row.personId)?.has(filter.commission)) return false;
  return true;
}

export function MemberFilterForm(p: {
  lang: Lang;
  m: ScorecardMessages;
  filter: MemberFilter;
  choices: FilterChoices;
  year?: number;
  sort: string;
}) {
  const { m, lang } = p;
  const name = (r: Named) => (lang === 'km' ? (r.name_km ?? r.name_en) : r.name_en);
  return (
    <form method="get" action="/watch/members" class="queue-fields">
      <p>
        <label for="province">{m.province}</label>
        <select id="province" name="province">
          <option value="">{m.anyProvince}</option>
          {p.choices.provinces.map((r) => (
            <option value={r.code} selected={r.code === p.filter.province}>
              {lang === 'km' ? r.name_km : r.name_latin}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="party">{m.party}</label>
        <select id="party" name="party">
          <option value="">{m.anyParty}</option>
          {p.choices.parties.map((r) => (
            <option value={r.code} selected={r.code === p.filter.party}>
              {name(r)}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="commission">{m.commission}</label>
        <select id="commission" name="commission">
          <option value="">{m.anyCommission}</option>
          {p.choices.commissions.map((r) => (
            <option value={r.code} selected={r.code === p.filter.commission}>
              {commissionName(lang, r)}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="year">{m.year}</label>
        <input
          id="year"
          name="year"
          inputmode="numeric"
          pattern="[0-9០-៩]{4}"
          maxlength={4}
          value={p.year ? String(p.year) : ''}
          placeholder={m.allYears}
        />
      </p>
      <input type="hidden" name="sort" value={p.sort} />
      <p>
        <button type="submit">{m.show}</button>
      </p>
    </form>
  );
}
