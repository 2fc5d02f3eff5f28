// A page whose form posts back to its own path: the GET that shows it and the POST that takes the form share
// the path, the access and the example, so a route table names them once.
import type { RouteDef } from './types';

export function pageWithForm(p: {
  path: string;
  access: RouteDef['access'];
  page: RouteDef['handler'];
  post: RouteDef['handler'];
  example?: RouteDef['example'];
}): RouteDef[] {
  const shared = {
    path: p.path,
    kind: 'page' as const,
    access: p.access,
    ...(p.example ? { example: p.example } : {}),
  };
  return [
    { method: 'GET', ...shared, handler: p.page },
    { method: 'POST', ...shared, handler: p.post },
  ];
}
