// What staff read of a message: delivered only when every SMS part is, failed when any part is.
import { describe, expect, it } from 'vitest';
import { deliveryState } from './delivery-state';

describe('delivery state', () => {
  it('follows the outbox row until the receipts say more', () => {
    expect(deliveryState('pending', [])).toBe('waiting');
    expect(deliveryState('failed', [])).toBe('failed');
    expect(deliveryState('sent', [])).toBe('sent');
    expect(deliveryState('sent', ['submitted', 'delivered'])).toBe('sent');
    expect(deliveryState('sent', ['delivered', 'delivered'])).toBe('delivered');
    expect(deliveryState('sent', ['delivered', 'failed'])).toBe('failed');
    expect(deliveryState('sent', ['submitted', 'failed'])).toBe('failed');
  });
});
