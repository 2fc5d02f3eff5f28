// How a citizen is told: the channel they chose, or — when they chose none — the one their contacts allow.
// One place for the rule, so the web form, the staff form, missions, Open311 and the API agree.
import type { ContactChoice, ContactPreference } from './case.table';

/** A channel the outbox can send on. */
export type MessageChannel = 'sms' | 'email' | 'telegram';

export interface GivenContacts {
  phone: string | null;
  email: string | null;
}

/**
 * The choice to store. Left out: a phone number means SMS, else an e-mail address means e-mail, else
 * nobody is told. `none` is only ever what the citizen chose.
 */
export function resolveContactChoice(chosen: ContactChoice | undefined, given: GivenContacts): ContactChoice {
  if (chosen) return chosen;
  if (given.phone) return 'sms';
  if (given.email) return 'email';
  return 'none';
}

/** The way chosen needs an address the citizen did not give (SMS without a phone, e-mail without an address). */
export function contactMissing(chosen: ContactChoice | undefined, given: GivenContacts): boolean {
  return (chosen === 'sms' && !given.phone) || (chosen === 'email' && !given.email);
}

/** A stored preference read as today's choice: `phone` (a call, no longer offered) is SMS. */
export function choiceOfStored(preference: ContactPreference): ContactChoice {
  return preference === 'phone' ? 'sms' : preference;
}

/**
 * Where a message to the citizen goes. Telegram needs a chat tied to the case (the bot's start link);
 * until then, SMS to the phone given, or e-mail, so that choosing Telegram never leaves the citizen
 * without the message.
 */
export function recipientFor(
  contacts: GivenContacts & { preferred_contact: ContactPreference },
  telegramChat: string | null,
): { channel: MessageChannel; address: string } | null {
  const choice = choiceOfStored(contacts.preferred_contact);
  if (choice === 'none') return null;
  if (choice === 'telegram' && telegramChat) return { channel: 'telegram', address: telegramChat };
  if (choice === 'email') return contacts.email ? { channel: 'email', address: contacts.email } : null;
  if (contacts.phone) return { channel: 'sms', address: contacts.phone };
  if (choice === 'telegram' && contacts.email) return { channel: 'email', address: contacts.email };
  return null;
}

/** The channels a message to this citizen may be moved to: only those they gave an address for. */
export function channelsGiven(
  contacts: GivenContacts,
  telegramChat: string | null,
): { channel: MessageChannel; address: string }[] {
  const out: { channel: MessageChannel; address: string }[] = [];
  if (contacts.phone) out.push({ channel: 'sms', address: contacts.phone });
  if (contacts.email) out.push({ channel: 'email', address: contacts.email });
  if (telegramChat) out.push({ channel: 'telegram', address: telegramChat });
  return out;
}
