// Reads of the gazetteer shared by the pages and the API: a place with its parents and children, and search.
import type { Executor } from '../../db/database';
import { fail, ok, type Result } from '../../platform/result';
import { normalizeForSearch, searchTerms } from '../../platform/search/search-text';
import {
  childrenOf,
  communesWithCoordinates,
  findPlace,
  findPlaces,
  officesIn,
  searchPlaces,
} from './place.queries';

/** Gazetteer codes: province PP, district PPDD, commune PPDDCC, village PPDDCCVV. */
export const PLACE_CODE = /^\d{2}(?:\d{2}){0,3}$/;
export const MAX_QUERY_LENGTH = 100;
export const SEARCH_LIMIT = 50;

/** The codes of a place's parents, from the province down: the code's own prefixes. */
export function parentCodes(code: string): string[] {
  const codes: string[] = [];
  for (let end = 2; end < code.length; end += 2) codes.push(code.slice(0, end));
  return codes;
}

/** A place, its parent chain (province first), its children and its offices; undefined if unknown. */
export async function placeWithFamily(db: Executor, code: string) {
  const place = await findPlace(db, code);
  if (!place) return undefined;
  const [parents, children, offices] = await Promise.all([
    findPlaces(db, parentCodes(code)),
    childrenOf(db, code),
    officesIn(db, code),
  ]);
  return { place, parents, children, offices };
}

export type QueryCheck = Result<string[], 'bad-text' | 'too-long'>;

/** Checks a search query: well-formed text of reasonable length; its value is the query's search terms. */
export function checkQuery(q: string): QueryCheck {
  if (!q.isWellFormed() || q.includes('\uFFFD')) return fail('bad-text');
  if (q.length > MAX_QUERY_LENGTH) return fail('too-long');
  return ok(searchTerms(q));
}

/** Places matching every term of the query, one more than the limit to tell whether there are more. */
export async function findPlacesByName(db: Executor, q: string, terms: string[]) {
  if (terms.length === 0) return { places: [], more: false };
  const rows = await searchPlaces(db, terms, normalizeForSearch(q), SEARCH_LIMIT + 1);
  return { places: rows.slice(0, SEARCH_LIMIT), more: rows.length > SEARCH_LIMIT };
}

/**
 * Checks that a province, and optionally a district in it and a commune in that district, exist.
 * Returns the first level that is wrong.
 */
export async function checkPlaceChain(
  db: Executor,
  chain: { province: string; district?: string | null; commune?: string | null },
): Promise<'ok' | 'province' | 'district' | 'commune'> {
  const codes = [chain.province, chain.district, chain.commune].filter((c): c is string => !!c);
  const found = await findPlaces(db, codes);
  const level = (code: string) => found.find((p) => p.code === code)?.level;
  if (level(chain.province) !== 'province') return 'province';
  if (
    chain.district &&
    (level(chain.district) !== 'district' || !chain.district.startsWith(chain.province))
  ) {
    return 'district';
  }
  if (
    chain.commune &&
    (!chain.district || level(chain.commune) !== 'commune' || !chain.commune.startsWith(chain.district))
  ) {
    return 'commune';
  }
  return 'ok';
}

// The gazetteer changes only when it is reloaded, so each database's commune points are read once.
const communePoints = new WeakMap<Executor, { code: string; lat: number; lng: number }[]>();

/** Roughly Cambodia's extent, with a margin: a point outside it cannot be placed in a commune. */
export const CAMBODIA_BOUNDS = { minLat: 9.5, maxLat: 15, minLng: 102, maxLng: 108 };

/**
 * The commune whose gazetteer point is nearest to a latitude and longitude (great-circle distance),
 * or undefined when the point is outside Cambodia or no commune has coordinates.
 */
export async function nearestCommune(db: Executor, lat: number, lng: number): Promise<string | undefined> {
  const b = CAMBODIA_BOUNDS;
  if (!(lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng)) return undefined;
  let points = communePoints.get(db);
  if (!points) {
    const rows = await communesWithCoordinates(db);
    points = rows.map((r) => ({ code: r.code, lat: Number(r.lat), lng: Number(r.lng) }));
    // An empty gazetteer (not loaded yet) is not remembered.
    if (points.length) communePoints.set(db, points);
  }
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of points) {
    const d = haversine(lat, lng, p.lat, p.lng);
    if (d < bestDistance) {
      bestDistance = d;
      best = p.code;
    }
  }
  return best;
}

function haversine(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * Math.asin(Math.sqrt(a));
}
