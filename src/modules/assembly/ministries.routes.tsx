// Handlers of the ministries list: the secretariat's page and its form to add a ministry.
import type { Ctx } from '../../platform/http/types';
import { renderPage } from '../../web/page';
import { addMinistry, ministryInputSchema } from './ministries.commands';
import { MinistriesView } from './ministries.pages';
import { questionsLawsMessages } from './questions-laws.messages';
import { listMinistries } from './questions-laws.queries';
import { type FieldProblem, one, type Posted, postedOf, problemsOf } from './questions-laws-forms.pages';

async function ministriesView(c: Ctx, problems: FieldProblem[] = [], posted?: Posted) {
  const lang = c.get('lang');
  return renderPage(
    c,
    questionsLawsMessages[lang].ministriesTitle,
    <MinistriesView
      lang={lang}
      csrfToken={c.get('csrfToken')}
      ministries={await listMinistries(c.get('deps').db.kysely)}
      saved={c.req.query('saved') === '1'}
      problems={problems}
      posted={posted}
    />,
    problems.length > 0 ? 422 : 200,
  );
}

export const ministriesPage = (c: Ctx) => ministriesView(c);

export async function ministrySubmit(c: Ctx) {
  const posted = postedOf(await c.req.parseBody());
  const parsed = ministryInputSchema.safeParse({
    code: one(posted, 'code').toUpperCase(),
    nameKm: one(posted, 'nameKm'),
    nameEn: one(posted, 'nameEn'),
    isPrimeMinister: one(posted, 'isPrimeMinister') === '1',
  });
  if (!parsed.success) return ministriesView(c, problemsOf(parsed.error), posted);
  const user = c.get('user')!;
  const result = await addMinistry(c.get('deps').db, { userId: user.id, label: user.username }, parsed.data);
  if (!result.ok) return ministriesView(c, [{ field: 'code', code: result.error }], posted);
  return c.redirect('/secretariat/assembly/ministries?saved=1', 303);
}
