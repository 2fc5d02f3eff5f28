// Table types of the gazetteer (provinces → districts → communes → villages) and of offices.
import type { Selectable } from 'kysely';

export type PlaceLevel = 'province' | 'district' | 'commune' | 'village';

export interface PlacesTable {
  code: string;
  parent_code: string | null;
  level: PlaceLevel;
  type_km: string;
  type_latin: string;
  type_en: string;
  name_km: string;
  name_latin: string;
  name_ungegn: string | null;
  lat: number | null;
  lng: number | null;
  wikipedia: string | null;
  iso3166_2: string | null;
  /** NFC-normalised, lower-cased names plus the Khmer name's word segments, for search. */
  search_text: string;
}

export type OfficeKind = 'constituency_office' | 'citizens_office';

export interface OfficesTable {
  code: string;
  kind: OfficeKind;
  place_code: string;
  name_km: string;
  name_en: string;
}

export interface PlacesTables {
  places: PlacesTable;
  offices: OfficesTable;
}

export type Place = Selectable<PlacesTable>;
export type Office = Selectable<OfficesTable>;
