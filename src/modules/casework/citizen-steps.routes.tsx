// The citizen's steps on the tracking page: replying to a question, saying whether an answer resolved the concern.
import type { RouteDef } from '../../platform/http/types';

export const citizenStepsRoutes: RouteDef[] = [];
