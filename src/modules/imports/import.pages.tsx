// The admin's import page: which kind of file, the file, and then either the refusals row by row or the summary.
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatNumber } from '../../platform/i18n/i18n';
import { importMessages, problemText, summaryText } from '../../platform/import/import.messages';
import type { ImportSummary, RowProblem } from '../../platform/import/import-kit';
import { CodeText } from '../../web/code-text';
import { ErrorSummary } from '../../web/form';
import { CsrfField } from '../../web/layout';
import { importPageMessages } from './import.messages';
import { IMPORT_KINDS, type ImportKind } from './importers.commands';

export interface ImportPageProps {
  lang: Lang;
  digits: Digits;
  csrfToken: string;
  kind: ImportKind;
  problems?: RowProblem[];
  summary?: ImportSummary;
}

export function ImportPage(props: ImportPageProps) {
  const m = importPageMessages[props.lang];
  const number = (n: number) => formatNumber(n, props.lang, props.digits);
  return (
    <>
      <p>
        <CodeText text={m.intro} />
      </p>
      {props.summary ? (
        <p class="notice" role="status" id="import-summary">
          {m.done} {summaryText(props.lang, props.summary, number)}
        </p>
      ) : null}
      {props.problems ? (
        <ErrorSummary
          id="import-problems"
          title={importMessages[props.lang].refused}
          items={props.problems.map((p) => <CodeText text={problemText(props.lang, p, number)} />)}
        />
      ) : null}
      <form method="post" action="/admin/import" enctype="multipart/form-data">
        <CsrfField token={props.csrfToken} />
        <fieldset>
          <legend>{m.kind}</legend>
          {IMPORT_KINDS.map((kind) => (
            <div>
              <input
                type="radio"
                id={`kind-${kind}`}
                name="kind"
                value={kind}
                checked={kind === props.kind}
              />{' '}
              <label for={`kind-${kind}`}>
                <code>{kind}</code> — {m.kinds[kind]}
              </label>
            </div>
          ))}
        </fieldset>
        <label for="import-file">{m.file}</label>{' '}
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv,.json,application/json,.ics,text/calendar"
        />{' '}
        <button type="submit">{m.button}</button>
      </form>
      <p class="muted">
        <CodeText text={m.cli} />
      </p>
    </>
  );
}
