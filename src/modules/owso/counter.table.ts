// Table types of OWSO applications and hash-chained receipts (migration 0010).
import type { Generated, Selectable } from 'kysely';

export const APPLICATION_STATUSES = ['received', 'in_progress', 'ready', 'done', 'cancelled'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const PAYMENT_CHANNELS = ['counter', 'agency', 'exempt'] as const;
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];

export interface OwsoApplicationsTable {
  id: Generated<number>;
  office_code: string;
  service_code: string;
  applicant_name: string;
  applicant_phone: string | null;
  documents_checked: string;
  status: ApplicationStatus;
  received_on: string;
  due_on: string;
  done_at: string | null;
  processing_days: number | null;
  on_time: number | null;
  rating: number | null;
  rated_at: string | null;
  form_id: string | null;
  /** `formContentHash` of the counter form that made it (platform/http/form-tokens.ts). */
  form_hash: string | null;
  clerk_user_id: number | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

/**
 * The application as the receipt was issued for it: sealed by the receipt's audit row. Its progress (status,
 * done, rating, updated_at) changes later and stays outside.
 */
export const APPLICATION_SEALED_FIELDS = [
  'office_code',
  'service_code',
  'applicant_name',
  'applicant_phone',
  'documents_checked',
  'received_on',
  'due_on',
  'form_id',
  'clerk_user_id',
  'is_demo',
  'created_at',
] as const;

/** A cancellation never changes: all of it is sealed by its audit row. */
export const CANCELLATION_SEALED_FIELDS = ['receipt_id', 'cancelled_at', 'cancelled_by', 'reason'] as const;

export interface OwsoReceiptCountersTable {
  office_code: string;
  last_seq: number;
  last_hash: string;
}

export interface OwsoReceiptsTable {
  id: Generated<number>;
  number: string;
  office_code: string;
  seq: number;
  application_id: number;
  service_code: string;
  fee_riel: number;
  paid_riel: number;
  payment_channel: PaymentChannel;
  agency_code: string | null;
  agency_reference: string | null;
  exemption_reason: string | null;
  issued_at: string;
  clerk_user_id: number | null;
  clerk_name: string;
  is_demo: Generated<number>;
  prev_hash: string;
  hash: string;
}

export interface OwsoReceiptCancellationsTable {
  receipt_id: number;
  cancelled_at: string;
  cancelled_by: number | null;
  reason: string;
}

/** One row: moved on by triggers at every change of what the counter prices receipts with (migration 0013). */
export interface OwsoReferenceVersionTable {
  version: number;
}

export interface OwsoCounterTables {
  owso_applications: OwsoApplicationsTable;
  owso_receipt_counters: OwsoReceiptCountersTable;
  owso_receipts: OwsoReceiptsTable;
  owso_receipt_cancellations: OwsoReceiptCancellationsTable;
  owso_reference_version: OwsoReferenceVersionTable;
}

export type ApplicationRow = Selectable<OwsoApplicationsTable>;
export type ReceiptRow = Selectable<OwsoReceiptsTable>;
