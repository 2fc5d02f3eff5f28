// The whole database as one Kysely type: every module's tables.
import type { Kysely, Transaction } from 'kysely';
import type { AssemblyTables } from '../modules/assembly/commission.table';
import type { CaseworkTables } from '../modules/casework/case.table';
import type { PlacesTables } from '../modules/places/place.table';
import type { AuditTables } from '../platform/audit/audit.table';
import type { AuthTables } from '../platform/auth/auth.table';
import type { RateEventsTable } from '../platform/rate-limit/rate-limit.table';

export interface Database extends PlacesTables, AssemblyTables, AuthTables, AuditTables, CaseworkTables {
  rate_events: RateEventsTable;
}

/** A connection or an open transaction: queries take either. */
export type Executor = Kysely<Database> | Transaction<Database>;
