// What staff see of a message to the citizen: waiting, sent, delivered or failed, from the outbox row and the
// delivery receipts of its SMS parts (a message is delivered only when every part is).
import type { SmsPartState } from './sms-delivery.table';

export type DeliveryState = 'waiting' | 'sent' | 'delivered' | 'failed';

export function deliveryState(
  status: 'pending' | 'sent' | 'failed',
  partStates: readonly SmsPartState[],
): DeliveryState {
  if (status === 'pending') return 'waiting';
  if (status === 'failed' || partStates.includes('failed')) return 'failed';
  if (partStates.length > 0 && partStates.every((s) => s === 'delivered')) return 'delivered';
  return 'sent';
}
