// Open311 GeoReport v2 at /open311/v2/: the same intake and public case list, in JSON and XML. (Being built.)
import type { ModuleManifest } from '../../platform/http/types';

export const open311Module: ModuleManifest = { name: 'open311', routes: [] };
