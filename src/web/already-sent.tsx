// The answer to a one-time form sent again with other content: the first sending stands, the second is
// not saved, and the visitor is shown the way to what the first one made.
import type { Ctx } from '../platform/http/types';
import type { Catalog } from '../platform/i18n/i18n';
import { renderPage } from './page';

const en = {
  title: 'This form was already sent',
  body: 'This form was already sent; your second text was not saved. What the first sending recorded stands:',
};
const km: typeof en = {
  title: 'ទម្រង់នេះបានផ្ញើរួចហើយ',
  body: 'ទម្រង់នេះបានផ្ញើរួចហើយ។ អត្ថបទលើកទីពីររបស់អ្នកមិនត្រូវបានរក្សាទុកទេ។ អ្វីដែលការផ្ញើលើកទីមួយបានកត់ត្រានៅតែមាន៖',
};
const messages: Catalog<typeof en> = { en, km };

/** 409: the form's first result stands; `first` links to it (the module words the link). */
export function alreadySentPage(c: Ctx, first: { href: string; label: string }) {
  const m = messages[c.get('lang')];
  return renderPage(
    c,
    m.title,
    <>
      <p class="notice" role="alert">
        {m.body}
      </p>
      <p>
        <a href={first.href}>{first.label}</a>
      </p>
    </>,
    409,
  );
}
