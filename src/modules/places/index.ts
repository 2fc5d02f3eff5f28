// Manifest of the places module: the gazetteer's pages and API.
import { z } from 'zod';
import type { ModuleManifest } from '../../platform/http/types';
import { loadGazetteer } from './load-gazetteer';
import { getPlaceApi, searchPlacesApi } from './place.api';
import { placeDetailJson, placeListJson } from './place.presenter';
import { placePage, provincesPage, searchPage } from './place.routes';

export { constituencyOfficeCode, loadGazetteer } from './load-gazetteer';
export { childrenOf, findPlaces, provinces } from './place.queries';
export { PlaceSearchForm } from './place.routes';
export { checkPlaceChain, checkQuery, findPlacesByName, nearestCommune } from './place.service';
export type { Place } from './place.table';

export const placesModule: ModuleManifest = {
  name: 'places',
  loadReference: async (db) =>
    (await loadGazetteer(db)).loaded ? ['gazetteer and constituency offices'] : [],
  nav: [{ href: '/places', label: { en: 'Places', km: 'ទីកន្លែង' }, access: 'public' }],
  routes: [
    { method: 'GET', path: '/places', kind: 'page', access: 'public', handler: provincesPage },
    { method: 'GET', path: '/places/search', kind: 'page', access: 'public', handler: searchPage },
    {
      method: 'GET',
      path: '/places/:code',
      kind: 'page',
      access: 'public',
      example: { code: '02' },
      handler: placePage,
    },
    {
      method: 'GET',
      path: '/api/places',
      kind: 'api',
      access: 'public',
      handler: searchPlacesApi,
      doc: {
        summary: 'Search places by name in Khmer or Latin script; without q, the 25 provinces.',
        tag: 'places',
        query: z.object({
          q: z.string().max(100).optional().describe('Part of a name, e.g. បាត់ដំបង or Battambang'),
        }),
        response: placeListJson,
        errors: { 400: 'The query is not valid text or is too long.' },
      },
    },
    {
      method: 'GET',
      path: '/api/places/:code',
      kind: 'api',
      access: 'public',
      example: { code: '0201' },
      handler: getPlaceApi,
      doc: {
        summary: 'A place, its parent chain and its children.',
        tag: 'places',
        response: placeDetailJson,
        errors: { 400: 'Not a place code.', 404: 'No place has this code.' },
      },
    },
  ],
};
