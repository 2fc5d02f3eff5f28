// A message's sender is the case's contact phone whichever way either number is written (platform/khmer).
import { expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { isCaseContactPhone } from './case-contacts.commands';

describeEachDatabase(
  'the case contact phone',
  (t) => {
    it('matches the sender by its +855 form, not by how it was typed', async () => {
      const { id } = await submitSample(t.db, { phone: '012 345 678', preferredContact: 'sms' });
      for (const sender of ['+85512345678', '85512345678', '០១២ ៣៤៥ ៦៧៨', '012-345-678'])
        expect(await isCaseContactPhone(t.db.kysely, id, sender)).toBe(true);
      for (const sender of ['+85512345679', '12345678', '345678', ''])
        expect(await isCaseContactPhone(t.db.kysely, id, sender)).toBe(false);
    });
  },
  seedDemo,
);
