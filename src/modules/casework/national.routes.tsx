// The secretariat's national view of concerns, as a page and CSV: counts only, small counts protected.
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { queryText } from '../../platform/http/query';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { latinDigits } from '../../platform/input-text';
import { renderErrorPage, renderPage } from '../../web/page';
import { caseStatusText } from './case.presenter';
import { NATIONAL_VIEW_READERS } from './casework.policy';
import { nationalMessages } from './national.messages';
import { type KeyLabels, NationalView, type NationalViewProps, nationalCsv } from './national.pages';
import {
  categoryKeys,
  commissionKeys,
  type NamedKey,
  nationalGroups,
  provinceKeys,
  STATUS_KEYS,
} from './national.queries';
import { type NationalDimension, protectBreakdowns } from './national.rules';

const NOT_FORWARDED = 'none';

/** The year asked for (Khmer digits too), or this year in Phnom Penh; null when it is no year. */
function askedYear(c: Ctx): { typed: string; year: number | null } {
  const typed = queryText(c, 'year')?.trim() || phnomPenhDate(new Date()).slice(0, 4);
  const latin = latinDigits(typed);
  const year = /^\d{4}$/.test(latin) && Number(latin) >= 2000 && Number(latin) <= 2100 ? Number(latin) : null;
  return { typed: year === null ? typed : String(year), year };
}

async function nationalFigures(c: Ctx, year: number) {
  const db = c.get('deps').db.kysely;
  const [groups, provinces, categories, commissions] = await Promise.all([
    nationalGroups(db, year),
    provinceKeys(db),
    categoryKeys(db),
    commissionKeys(db),
  ]);
  const en = nationalMessages.en;
  const km = nationalMessages.km;
  const named = (keys: NamedKey[]): KeyLabels =>
    new Map(keys.map((k) => [k.key, { en: k.labelEn, km: k.labelKm }]));
  const labels: Record<NationalDimension, KeyLabels> = {
    province: named(provinces),
    category: named(categories),
    commission: new Map([
      ...named(commissions),
      [NOT_FORWARDED, { en: en.notForwarded, km: km.notForwarded }],
    ]),
    status: new Map(
      STATUS_KEYS.map((s) => [s, { en: caseStatusText(s, 'en'), km: caseStatusText(s, 'km') }]),
    ),
  };
  const breakdowns = protectBreakdowns(
    groups.map((g) => ({
      keys: {
        province: g.province,
        category: g.category,
        commission: g.commission ?? NOT_FORWARDED,
        status: g.status,
      },
      onTime: g.onTime,
      count: g.count,
    })),
    {
      province: provinces.map((p) => p.key),
      category: categories.map((k) => k.key),
      commission: [...commissions.map((k) => k.key), NOT_FORWARDED],
      status: STATUS_KEYS,
    },
  );
  return { breakdowns, labels };
}

async function nationalPage(c: Ctx) {
  const lang = c.get('lang');
  const m = nationalMessages[lang];
  const { typed, year } = askedYear(c);
  const props: NationalViewProps = {
    lang,
    digits: c.get('digits'),
    year: typed,
    yearError: year === null,
    ...(year === null ? { breakdowns: [], labels: emptyLabels() } : await nationalFigures(c, year)),
  };
  return renderPage(c, m.title, <NationalView {...props} />, year === null ? 400 : 200);
}

const emptyLabels = (): Record<NationalDimension, KeyLabels> => ({
  province: new Map(),
  category: new Map(),
  commission: new Map(),
  status: new Map(),
});

async function nationalCsvFile(c: Ctx) {
  const { year } = askedYear(c);
  if (year === null) return renderErrorPage(c, 'badRequest', nationalMessages[c.get('lang')].badYear);
  const figures = await nationalFigures(c, year);
  return c.body(nationalCsv({ year: String(year), ...figures }), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="sala-concerns-national-${year}.csv"`,
    'Cache-Control': 'no-store',
  });
}

export const nationalRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/secretariat/concerns',
    kind: 'page',
    access: NATIONAL_VIEW_READERS,
    handler: nationalPage,
  },
  {
    method: 'GET',
    path: '/secretariat/concerns.csv',
    kind: 'page',
    access: NATIONAL_VIEW_READERS,
    handler: nationalCsvFile,
  },
];
