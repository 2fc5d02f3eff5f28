// The ministries questions are addressed to: the secretariat keeps the list (no official list ships with Sala).
import type { Lang } from '../../platform/i18n/i18n';
import { TableBox } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import { questionsLawsMessages } from './questions-laws.messages';
import {
  CheckField,
  type FieldProblem,
  type Posted,
  ProblemList,
  TextField,
} from './questions-laws-forms.pages';
import type { MinistryRows } from './records.rows';

export function MinistriesView(props: {
  lang: Lang;
  csrfToken: string;
  ministries: MinistryRows;
  saved: boolean;
  problems: FieldProblem[];
  posted?: Posted;
}) {
  const { lang, ministries, problems, posted } = props;
  const m = questionsLawsMessages[lang];
  return (
    <>
      <p>
        <a href="/assembly/questions">{m.questionsTitle}</a>
      </p>
      {props.saved && problems.length === 0 ? (
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
        <CsrfField token={props.csrfToken} />
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
    </>
  );
}
