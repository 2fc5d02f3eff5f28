// HTML pages of the gazetteer: provinces, one place with its parents and children, and search.

import { queryText } from '../../platform/http/query';
import type { Ctx } from '../../platform/http/types';
import { formatNumber, type Lang } from '../../platform/i18n/i18n';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { renderErrorPage, renderPage } from '../../web/page';
import { type PlacesMessages, placesMessages } from './messages';
import { provinces } from './place.queries';
import { checkQuery, findPlacesByName, MAX_QUERY_LENGTH, PLACE_CODE, placeWithFamily } from './place.service';
import type { Place } from './place.table';

type Listed = Omit<Place, 'search_text'>;

/** A place's name in the reader's language first, the other script after it. */
function PlaceName({ place, lang }: { place: Listed; lang: Lang }) {
  return lang === 'km' ? (
    <>
      <span lang="km">{place.name_km}</span>{' '}
      <span class="muted" lang="en">
        ({place.name_latin})
      </span>
    </>
  ) : (
    <>
      <span lang="en">{place.name_latin}</span>{' '}
      <span class="muted" lang="km">
        ({place.name_km})
      </span>
    </>
  );
}

function typeOf(place: Listed, lang: Lang) {
  return lang === 'km' ? place.type_km : place.type_en;
}

function PlaceTable({
  places,
  lang,
  m,
  label,
}: {
  places: Listed[];
  lang: Lang;
  m: PlacesMessages;
  label: string;
}) {
  return (
    <DataTable label={label}>
      <ColumnHeads columns={[m.name, m.type, m.code]} />
      <tbody>
        {places.map((p) => (
          <tr>
            <td>
              <a href={`/places/${p.code}`}>
                <PlaceName place={p} lang={lang} />
              </a>
            </td>
            <td>{typeOf(p, lang)}</td>
            <td>
              <code>{p.code}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The place search form; other modules' pages show it too. */
export function PlaceSearchForm({ lang, q }: { lang: Lang; q?: string }) {
  const m = placesMessages[lang];
  return (
    <form method="get" action="/places/search">
      <label for="q">{m.searchLabel}</label>
      <p class="muted" id="q-hint">
        {m.searchHint}
      </p>
      <div class="inline">
        <input
          id="q"
          name="q"
          type="search"
          value={q ?? ''}
          aria-describedby="q-hint"
          maxlength={MAX_QUERY_LENGTH}
        />
        <button type="submit">{m.searchButton}</button>
      </div>
    </form>
  );
}

export async function provincesPage(c: Ctx) {
  const lang = c.get('lang');
  const m = placesMessages[lang];
  const rows = await provinces(c.get('deps').db.kysely);
  return renderPage(
    c,
    m.provincesTitle,
    <>
      <p>{m.provincesIntro}</p>
      <PlaceSearchForm lang={lang} />
      <PlaceTable places={rows} lang={lang} m={m} label={m.provincesTitle} />
    </>,
  );
}

export async function placePage(c: Ctx) {
  const lang = c.get('lang');
  const m = placesMessages[lang];
  const code = c.req.param('code') ?? '';
  if (!PLACE_CODE.test(code)) return renderErrorPage(c, 'notFound', m.notAPlaceCode);
  const found = await placeWithFamily(c.get('deps').db.kysely, code);
  if (!found) return renderErrorPage(c, 'notFound', m.unknownPlace(code));
  const { place, parents, children, offices } = found;
  const title = `${typeOf(place, lang)} ${lang === 'km' ? place.name_km : place.name_latin}`;
  return renderPage(
    c,
    title,
    <>
      <nav class="crumbs" aria-label={m.breadcrumb}>
        <ol>
          <li>
            <a href="/places">{m.allProvinces}</a>
          </li>
          {parents.map((p) => (
            <li>
              <a href={`/places/${p.code}`}>
                {typeOf(p, lang)} <PlaceName place={p} lang={lang} />
              </a>
            </li>
          ))}
          <li aria-current="page">{lang === 'km' ? place.name_km : place.name_latin}</li>
        </ol>
      </nav>
      <dl>
        <dt>{m.name}</dt>
        <dd>
          <PlaceName place={place} lang={lang} />
        </dd>
        <dt>{m.code}</dt>
        <dd>
          <code>{place.code}</code>
        </dd>
        {place.lat !== null && place.lng !== null ? (
          <>
            <dt>{m.coordinates}</dt>
            <dd>
              {formatNumber(place.lat, lang, c.get('digits'))},{' '}
              {formatNumber(place.lng, lang, c.get('digits'))}
            </dd>
          </>
        ) : null}
      </dl>
      {place.level === 'province' ? <p class="notice">{m.constituencyNote}</p> : null}
      {offices.map((o) => (
        <p>
          {m.constituencyOffice}: {lang === 'km' ? o.name_km : o.name_en} (<code>{o.code}</code>)
        </p>
      ))}
      {children.length > 0 ? (
        <>
          <h2>
            {m.childrenOf[place.level]} ({formatNumber(children.length, lang, c.get('digits'))})
          </h2>
          <PlaceTable places={children} lang={lang} m={m} label={m.childrenOf[place.level]} />
        </>
      ) : null}
    </>,
  );
}

export async function searchPage(c: Ctx) {
  const lang = c.get('lang');
  const m = placesMessages[lang];
  const q = queryText(c, 'q') ?? '';
  if (q.trim() === '') return renderPage(c, m.searchTitle, <PlaceSearchForm lang={lang} />);
  const check = checkQuery(q);
  if (!check.ok) {
    return renderPage(
      c,
      m.searchTitle,
      <>
        <p class="alert" role="alert">
          {check.error === 'too-long' ? m.tooLong : m.badQuery}
        </p>
        <PlaceSearchForm lang={lang} />
      </>,
      400,
    );
  }
  const { places, more } = await findPlacesByName(c.get('deps').db.kysely, q, check.value);
  return renderPage(
    c,
    m.searchTitle,
    <>
      <PlaceSearchForm lang={lang} q={q} />
      <h2>{places.length ? m.resultsFor(places.length, q) : m.noResults(q)}</h2>
      {places.length ? (
        <PlaceTable places={places} lang={lang} m={m} label={m.resultsFor(places.length, q)} />
      ) : null}
      {more ? <p class="muted">{m.moreResults}</p> : null}
    </>,
  );
}
