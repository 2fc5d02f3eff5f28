// The ministries questions are addressed to: the secretariat keeps the list (no official list ships with Sala).
import type { Ctx } from '../../platform/http/types';
import { TableBox } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import { renderPage } from '../../web/page';
import { addMinistry, ministryInputSchema } from './ministries.commands';
import { questionsLawsMessages } from './questions-laws.messages';
import { listMinistries } from './questions-laws.queries';
import {
  CheckField,
  type FieldProblem,
  one,
  type Posted,
  ProblemList,
  postedOf,
  problemsOf,
  TextField,
} from './questions-laws-forms.pages';

async function ministriesView(c: Ctx, problems: FieldProblem[] = [], posted?: Posted) {
  const lang = c.get('lang');
  const m = questionsLawsMessages[lang];
  const ministries = await listMinistries(c.get('deps').db.kysely);
  return renderPage(
    c,
    m.ministriesTitle,
    <>
      <p>
        <a href="/assembly/questions">{m.questionsTitle}</a>
      </p>
      {c.req.query('saved') === '1' && problems.length === 0 ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      <TableBox label={m.ministriesTitle}>
        <table>
          <thead>
            <tr>
              <th scope="col">{m.code}</th>
              <th scope="col">{m.name}</th>
            </tr>
          </thead>
          <tbody>
            {ministries.map((mi) => (
              <tr>
                <td>
                  <code>{mi.code}</code>
                </td>
                <td>
                  {lang === 'km' ? mi.name_km : mi.name_en}
                  {mi.is_demo ? <span class="muted"> ({m.demo})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      <h2>{m.addMinistry}</h2>
      <ProblemList problems={problems} m={m} />
      <form method="post" action="/secretariat/assembly/ministries">
        <CsrfField token={c.get('csrfToken')} />
        <TextField id="code" name="code" label={m.code} required maxlength={40} posted={posted} />
        <TextField
          id="nameKm"
          name="nameKm"
          label={m.nameKm}
          lang="km"
          required
          maxlength={300}
          posted={posted}
        />
        <TextField
          id="nameEn"
          name="nameEn"
          label={m.nameEn}
          lang="en"
          required
          maxlength={300}
          posted={posted}
        />
        <CheckField id="isPrimeMinister" name="isPrimeMinister" label={m.isPrimeMinister} posted={posted} />
        <button type="submit">{m.save}</button>
      </form>
    </>,
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
