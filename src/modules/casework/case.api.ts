// JSON API of casework: concern intake with Idempotency-Key, and a case's public view. (Being built.)
import type { RouteDef } from '../../platform/http/types';

export const caseApiRoutes: RouteDef[] = [];
