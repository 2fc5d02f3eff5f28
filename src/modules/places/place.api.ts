// JSON handlers of the gazetteer: one place with its family, and search.
import { apiError } from '../../platform/http/api-errors';
import { queryText } from '../../platform/http/query';
import type { Ctx } from '../../platform/http/types';
import { placesMessages } from './messages';
import { presentOffice, presentPlace } from './place.presenter';
import { provinces } from './place.queries';
import { checkQuery, findPlacesByName, PLACE_CODE, placeWithFamily } from './place.service';

export async function getPlaceApi(c: Ctx) {
  const m = placesMessages[c.get('lang')];
  const code = c.req.param('code') ?? '';
  if (!PLACE_CODE.test(code)) return apiError(c, 400, 'invalid_place_code', m.notAPlaceCode);
  const found = await placeWithFamily(c.get('deps').db.kysely, code);
  if (!found) return apiError(c, 404, 'not_found', m.unknownPlace(code));
  c.header('Cache-Control', 'public, max-age=3600');
  return c.json({
    place: presentPlace(found.place),
    parents: found.parents.map(presentPlace),
    children: found.children.map(presentPlace),
    offices: found.offices.map(presentOffice),
  });
}

export async function searchPlacesApi(c: Ctx) {
  const m = placesMessages[c.get('lang')];
  const db = c.get('deps').db.kysely;
  const q = queryText(c, 'q');
  if (q === undefined || q.trim() === '') {
    return c.json({ places: (await provinces(db)).map(presentPlace), more: false });
  }
  const check = checkQuery(q);
  if (!check.ok)
    return apiError(c, 400, 'invalid_query', check.error === 'too-long' ? m.tooLong : m.badQuery);
  const { places, more } = await findPlacesByName(db, q, check.value);
  return c.json({ places: places.map(presentPlace), more });
}
