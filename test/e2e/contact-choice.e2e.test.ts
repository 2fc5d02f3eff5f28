// Browser test in real Chromium without JavaScript: a first-time citizen chooses how to be told (a radio
// group with its legend and hints), is refused SMS without a phone in Khmer, chooses Telegram and is told
// it is not available here; staff read the messages not delivered. Axe on every state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeMessages } from '../../src/modules/casework/messages';
import { undeliveredMessages } from '../../src/modules/casework/undelivered.messages';
import {
  browserSuiteTitle,
  HAVE_CHROMIUM,
  phonePages,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const km = intakeMessages.km;

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('how a citizen is told'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let pages: Awaited<ReturnType<typeof phonePages>>;

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    pages = await phonePages(sala.browser);
  });

  afterAll(async () => {
    await pages?.close();
    await sala?.stop();
  });

  it('chooses Telegram in a radio group a first-time user can read, and is told what comes next', {
    timeout: 120_000,
  }, async () => {
    const { page, expectNoAxeViolations } = pages;
    await page.goto(`${sala?.base}/concerns/new`);
    const group = page.getByRole('group', { name: km.preferredContact });
    expect(await group.getByRole('radio').count()).toBe(4);
    for (const radio of await group.getByRole('radio').all()) expect(await radio.isChecked()).toBe(false);
    expect(await group.getByText(km.contactChoiceHint).isVisible()).toBe(true);
    await expectNoAxeViolations('the form with the choice of how to be told');

    await page.getByLabel(km.category).selectOption('water');
    await page.getByLabel(km.description).fill('អណ្ដូងទឹកក្នុងភូមិយើងខូចអស់រយៈពេលបីខែហើយ។');
    await page.getByLabel(km.province).selectOption('02');
    // SMS without a phone: refused in Khmer, at the group, with the choice kept.
    await group.getByRole('radio', { name: km.contactSms }).check();
    await page.getByRole('button', { name: km.submit }).click();
    // At the group itself (the error summary at the top also lists it, after the field's label).
    await page.getByText(km.errors['contact-missing'], { exact: true }).waitFor();
    const refused = page.getByRole('group', { name: km.preferredContact });
    expect(await refused.getByRole('radio', { name: km.contactSms }).isChecked()).toBe(true);
    await expectNoAxeViolations('the form refusing SMS without a phone');

    await page.getByRole('textbox', { name: km.phone }).fill('012 345 678');
    await refused.getByRole('radio', { name: km.contactTelegram }).check();
    await page.getByRole('button', { name: km.submit }).click();
    await page.waitForURL(/\/k\/[A-Za-z0-9_-]{22}\?new=1$/);
    await page.getByRole('heading', { name: 'តេឡេក្រាមមិនទាន់អាចប្រើបាននៅឡើយទេ' }).waitFor();
    expect(await page.getByText('សារអំពីកង្វល់របស់អ្នកនឹងផ្ញើតាម SMS').isVisible()).toBe(true);
    await expectNoAxeViolations('the new case with the Telegram step');
  });

  it('shows office staff the messages not delivered, without axe violations', {
    timeout: 120_000,
  }, async () => {
    const { page, expectNoAxeViolations } = pages;
    await signInOnPage(page, sala?.base ?? '', 'co_director');
    await page.goto(`${sala?.base}/office/messages`);
    await page.getByRole('heading', { level: 1, name: undeliveredMessages.km.title }).waitFor();
    await expectNoAxeViolations('the list of messages not delivered');
  });
});
