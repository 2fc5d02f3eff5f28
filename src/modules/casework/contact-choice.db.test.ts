// How a citizen is told: the choice stored, the default when none was made, and every citizen of merged
// cases told of the answer on their own channel — on both databases.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';

const ANSWER = 'The commune will repair the road before the rainy season; works start next week.';

describeEachDatabase('how the citizen is told', (t) => {
  beforeAll(async () => {
    await seedDemo(t.db);
  });

  const outboxOf = (caseId: number) =>
    t.db.kysely
      .selectFrom('outbox')
      .select(['channel', 'recipient', 'template', 'lang', 'payload'])
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();
  const choiceOf = async (caseId: number) =>
    (
      await t.db.kysely
        .selectFrom('case_contacts')
        .select('preferred_contact')
        .where('case_id', '=', caseId)
        .executeTakeFirstOrThrow()
    ).preferred_contact;

  it('sends the acknowledgement by SMS to a citizen who gave a phone and left the choice out', async () => {
    // What the web form sends when no option is checked: an empty choice.
    const { id } = await submitSample(t.db, { email: '', preferredContact: '' });
    expect(await choiceOf(id)).toBe('sms');
    expect(await outboxOf(id)).toMatchObject([
      { channel: 'sms', recipient: '+85512555019', template: 'acknowledgement' },
    ]);
  });

  it('prefers SMS when both a phone and an e-mail were given, e-mail when only that was', async () => {
    const both = await submitSample(t.db, { preferredContact: undefined });
    expect(await choiceOf(both.id)).toBe('sms');
    const mailOnly = await submitSample(t.db, { phone: '', preferredContact: undefined });
    expect(await choiceOf(mailOnly.id)).toBe('email');
    expect(await outboxOf(mailOnly.id)).toMatchObject([
      { channel: 'email', recipient: 'chantha@example.org' },
    ]);
  });

  it('sends nothing to a citizen who chose none, even with a phone', async () => {
    const { id } = await submitSample(t.db, { preferredContact: 'none' });
    expect(await choiceOf(id)).toBe('none');
    expect(await outboxOf(id)).toEqual([]);
  });

  it('reads the old "phone" as SMS', async () => {
    const { id } = await submitSample(t.db, { preferredContact: 'phone' });
    expect(await choiceOf(id)).toBe('sms');
    expect(await outboxOf(id)).toMatchObject([{ channel: 'sms' }]);
  });

  it('stores Telegram and, with no chat tied yet, sends by SMS so the citizen is not left out', async () => {
    const { id, trackingCode } = await submitSample(t.db, { email: '', preferredContact: 'telegram' });
    expect(await choiceOf(id)).toBe('telegram');
    await stepAs(t.db, 'co_director', trackingCode, { action: 'accept' });
    await stepAs(t.db, 'co_director', trackingCode, { action: 'answer_directly', answer: ANSWER });
    expect((await outboxOf(id)).map((m) => [m.channel, m.template])).toEqual([
      ['sms', 'acknowledgement'],
      ['sms', 'answered'],
    ]);
    // Telegram alone, no phone or e-mail: stored, nothing to send until the bot ties a chat.
    const alone = await submitSample(t.db, { name: '', phone: '', email: '', preferredContact: 'telegram' });
    expect(await choiceOf(alone.id)).toBe('telegram');
    expect(await outboxOf(alone.id)).toEqual([]);
  });

  it('tells every citizen of merged cases of the answer, each on their own channel and language', async () => {
    const root = await submitSample(t.db, { preferredContact: 'email' });
    const bySms = await submitSample(t.db, { phone: '012 777 001', email: '', preferredContact: 'sms' });
    const byMail = await submitSample(t.db, {
      phone: '',
      email: 'dara@example.org',
      preferredContact: 'email',
    });
    const silent = await submitSample(t.db, { preferredContact: 'none' });
    for (const dup of [bySms, byMail, silent]) {
      await stepAs(t.db, 'co_director', dup.trackingCode, {
        action: 'mark_duplicate',
        duplicateOf: root.trackingCode,
      });
    }
    // A case merged into a duplicate joins the group of that duplicate's original.
    const late = await submitSample(t.db, { phone: '012 777 002', email: '', preferredContact: 'sms' });
    await stepAs(t.db, 'co_director', late.trackingCode, {
      action: 'mark_duplicate',
      duplicateOf: bySms.trackingCode,
    });
    await stepAs(t.db, 'co_director', root.trackingCode, { action: 'accept' });
    await stepAs(t.db, 'co_director', root.trackingCode, { action: 'answer_directly', answer: ANSWER });

    const answered = async (caseId: number) =>
      (await outboxOf(caseId))
        .filter((m) => m.template === 'answered')
        .map((m) => ({
          channel: m.channel,
          recipient: m.recipient,
          code: JSON.parse(m.payload).trackingCode,
        }));
    expect(await answered(root.id)).toEqual([
      { channel: 'email', recipient: 'chantha@example.org', code: root.trackingCode },
    ]);
    // Each is told with their own tracking code: their page shows the answer given in the root.
    expect(await answered(bySms.id)).toEqual([
      { channel: 'sms', recipient: '+85512777001', code: bySms.trackingCode },
    ]);
    expect(await answered(byMail.id)).toEqual([
      { channel: 'email', recipient: 'dara@example.org', code: byMail.trackingCode },
    ]);
    expect(await answered(late.id)).toEqual([
      { channel: 'sms', recipient: '+85512777002', code: late.trackingCode },
    ]);
    expect(await answered(silent.id)).toEqual([]);
  });

  it('tells a citizen whose case is merged into one already answered, at once', async () => {
    const root = await submitSample(t.db, { preferredContact: 'email' });
    await stepAs(t.db, 'co_director', root.trackingCode, { action: 'accept' });
    await stepAs(t.db, 'co_director', root.trackingCode, { action: 'answer_directly', answer: ANSWER });
    const dup = await submitSample(t.db, { phone: '012 777 003', email: '', preferredContact: 'sms' });
    await stepAs(t.db, 'co_director', dup.trackingCode, {
      action: 'mark_duplicate',
      duplicateOf: root.trackingCode,
    });
    expect((await outboxOf(dup.id)).map((m) => [m.channel, m.template])).toEqual([
      ['sms', 'acknowledgement'],
      ['sms', 'answered'],
    ]);
  });
});
