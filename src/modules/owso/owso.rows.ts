// The rows owso's views are handed, named after what they hold. The handlers load them with the query
// functions; the views take these types and never the queries themselves (imports of types only, erased).
import type { findOffice, listServices } from './services.queries';

export type ServiceRow = Awaited<ReturnType<typeof listServices>>[number];
export type OfficeRow = NonNullable<Awaited<ReturnType<typeof findOffice>>>;
