// Open311 GeoReport v2 at /open311/v2/: the same intake and public case list, in JSON and XML.
import type { ModuleManifest, RouteDef } from '../../platform/http/types';
import type { Format } from './open311.presenter';
import {
  createRequest,
  discovery,
  getRequest,
  listRequests,
  serviceDefinition,
  services,
  tokenRequest,
} from './open311.routes';

export { open311ErrorFormat } from './open311-errors.presenter';

const BASE = '/open311/v2';
const FORMATS: Format[] = ['json', 'xml'];

// The standard's documents are public, and clients send no Sala token: every route is public.
const route = (
  method: 'GET' | 'POST',
  path: string,
  handler: RouteDef['handler'],
  example?: Record<string, string>,
): RouteDef => ({
  method,
  path: `${BASE}${path}`,
  kind: 'api',
  access: 'public',
  handler,
  ...(example ? { example } : {}),
});

export const open311Module: ModuleManifest = {
  name: 'open311',
  routes: [
    ...FORMATS.flatMap((format) => [
      route('GET', `/discovery.${format}`, discovery(format)),
      route('GET', `/services.${format}`, services(format)),
      route('GET', `/requests.${format}`, listRequests(format)),
      route('POST', `/requests.${format}`, createRequest(format)),
    ]),
    // The format is the path's extension, read by the handler: `water.json`, `1234567890.xml`.
    route('GET', '/services/:file', serviceDefinition, { file: 'water.json' }),
    route('GET', '/requests/:file', getRequest, { file: '1000000005.xml' }),
    // Sala answers a POST with the service_request_id itself (nothing is queued), which is also the
    // request's token: this endpoint serves clients that follow the standard's token flow regardless.
    route('GET', '/tokens/:file', tokenRequest, { file: '1000000005.json' }),
  ],
};
