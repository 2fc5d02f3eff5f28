// The slip staff give a citizen who brought a concern in person or by phone, or who was issued a new
// private link: the tracking code (to read) and the private link (to act), shown this once.
import type { Ctx } from '../../platform/http/types';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { renderPage } from '../../web/page';
import { casePageMessages } from './case-page.messages';
import { citizenKeyPath } from './citizen-key.service';
import { TelegramStep, type TelegramStepProps } from './telegram-step.pages';

export function citizenSlipPage(
  c: Ctx,
  trackingCode: string,
  key: string,
  telegram?: TelegramStepProps | null,
) {
  const m = casePageMessages[c.get('lang')];
  const link = `${c.get('deps').config.baseUrl}${citizenKeyPath(key)}`;
  return renderPage(
    c,
    m.slipTitle,
    <>
      <p class="muted">{m.slipIntro}</p>
      <section class="notice" aria-labelledby="slip-code">
        <h2 id="slip-code">{m.slipCode}</h2>
        <p class="tracking-code">
          <span translate="no">{formatTrackingCode(trackingCode)}</span>
        </p>
        <h2>{m.slipLink}</h2>
        {/* A code element breaks the long link anywhere, so it fits a small phone. */}
        <p>
          <code translate="no">{link}</code>
        </p>
        <p>{m.slipKeep}</p>
      </section>
      {telegram ? <TelegramStep {...telegram} /> : null}
      <p>
        <a href={`/office/cases/${trackingCode}`}>{m.openCase}</a>
      </p>
    </>,
  );
}
