// What the API says of a place: every field named, in both scripts.
import { z } from 'zod';
import type { Office, Place } from './place.table';

export const placeJson = z.object({
  code: z.string().meta({ example: '0201' }),
  level: z.enum(['province', 'district', 'commune', 'village']),
  type: z.object({ km: z.string(), latin: z.string(), en: z.string() }),
  name: z.object({ km: z.string(), latin: z.string(), ungegn: z.string().nullable() }),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  iso3166_2: z.string().nullable(),
  wikipedia: z.string().nullable(),
});

export const officeJson = z.object({
  code: z.string(),
  kind: z.string(),
  name: z.object({ km: z.string(), en: z.string() }),
});

export const placeDetailJson = z.object({
  place: placeJson,
  parents: z.array(placeJson).describe('From the province down to the direct parent.'),
  children: z.array(placeJson),
  offices: z.array(officeJson),
});

export const placeListJson = z.object({ places: z.array(placeJson), more: z.boolean() });

type PlaceFields = Omit<Place, 'search_text'>;

export function presentPlace(p: PlaceFields): z.infer<typeof placeJson> {
  return {
    code: p.code,
    level: p.level,
    type: { km: p.type_km, latin: p.type_latin, en: p.type_en },
    name: { km: p.name_km, latin: p.name_latin, ungegn: p.name_ungegn },
    location: p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null,
    iso3166_2: p.iso3166_2,
    wikipedia: p.wikipedia,
  };
}

export function presentOffice(o: Office): z.infer<typeof officeJson> {
  return { code: o.code, kind: o.kind, name: { km: o.name_km, en: o.name_en } };
}
