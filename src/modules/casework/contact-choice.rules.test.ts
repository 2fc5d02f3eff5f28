// The rule of how a citizen is told: the choice made, else what the contacts allow; Telegram falls back.
import { describe, expect, it } from 'vitest';
import { channelsGiven, choiceOfStored, recipientFor, resolveContactChoice } from './contact-choice.rules';

const PHONE = '+85512345678';
const MAIL = 'a@example.org';

describe('how a citizen is told', () => {
  it('stores the choice made, else SMS for a phone, else e-mail, else none', () => {
    expect(resolveContactChoice('none', { phone: PHONE, email: MAIL })).toBe('none');
    expect(resolveContactChoice('email', { phone: PHONE, email: MAIL })).toBe('email');
    expect(resolveContactChoice(undefined, { phone: PHONE, email: MAIL })).toBe('sms');
    expect(resolveContactChoice(undefined, { phone: null, email: MAIL })).toBe('email');
    expect(resolveContactChoice(undefined, { phone: null, email: null })).toBe('none');
    expect(choiceOfStored('phone')).toBe('sms');
  });

  it('sends on the chosen channel, Telegram only to a tied chat and else by SMS or e-mail', () => {
    const both = { phone: PHONE, email: MAIL };
    expect(recipientFor({ ...both, preferred_contact: 'none' }, null)).toBeNull();
    expect(recipientFor({ ...both, preferred_contact: 'email' }, null)).toEqual({
      channel: 'email',
      address: MAIL,
    });
    expect(recipientFor({ ...both, preferred_contact: 'phone' }, null)).toEqual({
      channel: 'sms',
      address: PHONE,
    });
    expect(recipientFor({ ...both, preferred_contact: 'telegram' }, '777')).toEqual({
      channel: 'telegram',
      address: '777',
    });
    expect(recipientFor({ ...both, preferred_contact: 'telegram' }, null)).toEqual({
      channel: 'sms',
      address: PHONE,
    });
    expect(recipientFor({ phone: null, email: MAIL, preferred_contact: 'telegram' }, null)).toEqual({
      channel: 'email',
      address: MAIL,
    });
    expect(recipientFor({ phone: null, email: null, preferred_contact: 'telegram' }, null)).toBeNull();
    expect(recipientFor({ phone: null, email: MAIL, preferred_contact: 'sms' }, null)).toBeNull();
  });

  it('offers staff only the channels the citizen gave an address for', () => {
    expect(channelsGiven({ phone: PHONE, email: null }, null)).toEqual([{ channel: 'sms', address: PHONE }]);
    expect(channelsGiven({ phone: null, email: MAIL }, '777').map((c) => c.channel)).toEqual([
      'email',
      'telegram',
    ]);
  });
});
