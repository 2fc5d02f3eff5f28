// The whole database as one Kysely type: every module's tables.
import type { Kysely, Transaction } from 'kysely';
import type { AssemblyTables } from '../modules/assembly/commission.table';
import type { QuestionsLawsTables } from '../modules/assembly/questions-laws.table';
import type { AssemblyRecordsTables } from '../modules/assembly/records.table';
import type { CaseworkTables } from '../modules/casework/case.table';
import type { TelegramLinkTables } from '../modules/casework/telegram-link.table';
import type { CitizensOfficeTables } from '../modules/citizens-office/complaint.table';
import type { ConstituencyTables } from '../modules/constituency/constituency.table';
import type { MinistryTables } from '../modules/ministry/ministry.table';
import type { OwsoTables } from '../modules/owso/owso.table';
import type { PlacesTables } from '../modules/places/place.table';
import type { WatchTables } from '../modules/watch/watch.table';
import type { AuditTables } from '../platform/audit/audit.table';
import type { AuthTables } from '../platform/auth/auth.table';
import type { FormTokensTable } from '../platform/http/form-tokens.table';
import type { IdempotencyKeysTable } from '../platform/http/idempotency.table';
import type { InboundTables } from '../platform/inbound/inbound.table';
import type { OutboxTable } from '../platform/outbox/outbox.table';
import type { OutboxSmsPartsTable } from '../platform/outbox/sms-delivery.table';
import type { RateEventsTable } from '../platform/rate-limit/rate-limit.table';
import type { TelegramTables } from '../platform/telegram/telegram.table';

export interface Database
  extends PlacesTables,
    AssemblyTables,
    AssemblyRecordsTables,
    QuestionsLawsTables,
    AuthTables,
    AuditTables,
    CaseworkTables,
    OwsoTables,
    ConstituencyTables,
    WatchTables,
    TelegramTables,
    InboundTables,
    TelegramLinkTables,
    MinistryTables,
    CitizensOfficeTables {
  rate_events: RateEventsTable;
  form_tokens: FormTokensTable;
  idempotency_keys: IdempotencyKeysTable;
  outbox: OutboxTable;
  outbox_sms_parts: OutboxSmsPartsTable;
}

/** A connection or an open transaction: queries take either. */
export type Executor = Kysely<Database> | Transaction<Database>;
