// Admin pages of service standards and public holidays.
import type { RouteDef } from '../../platform/http/types';

export const standardsAdminRoutes: RouteDef[] = [];
