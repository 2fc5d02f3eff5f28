// The admin's import page: GET shows the form (and the summary the redirect carries), POST runs the import
// through the same command as `npm run import`; refusals come back as 422 with each row named.
import { actorOf } from '../../platform/audit/audit.queries';
import type { Ctx, RouteDef } from '../../platform/http/types';
import type { ImportSummary, RowProblem } from '../../platform/import/import-kit';
import { renderPage } from '../../web/page';
import { runImport } from './import.commands';
import { importPageMessages } from './import.messages';
import { ImportPage } from './import.pages';
import { type ImportKind, isImportKind } from './importers.commands';

const IMPORT_ROLES = ['admin'] as const;

/** A count the redirect after an import carries. */
function countParam(c: Ctx, name: string): number | undefined {
  const raw = c.req.query(name);
  return raw !== undefined && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}

function page(c: Ctx, kind: ImportKind, outcome: { problems?: RowProblem[]; summary?: ImportSummary } = {}) {
  return renderPage(
    c,
    importPageMessages[c.get('lang')].title,
    <ImportPage
      lang={c.get('lang')}
      digits={c.get('digits')}
      csrfToken={c.get('csrfToken')}
      kind={kind}
      {...outcome}
    />,
    outcome.problems ? 422 : 200,
  );
}

function importForm(c: Ctx) {
  const kind = c.req.query('kind');
  const [added, updated, unchanged] = ['added', 'updated', 'unchanged'].map((n) => countParam(c, n));
  const summary =
    added !== undefined && updated !== undefined && unchanged !== undefined
      ? { added, updated, unchanged }
      : undefined;
  return page(c, isImportKind(kind) ? kind : 'roster', { summary });
}

async function postImport(c: Ctx) {
  const form = await c.req.parseBody();
  const kind = form.kind;
  const file = form.file;
  const text = file instanceof File ? await file.text() : typeof file === 'string' ? file : '';
  if (!isImportKind(kind))
    return page(c, 'roster', { problems: [{ row: 0, column: 'kind', reason: 'invalid' }] });
  const outcome = await runImport(c.get('deps').db, actorOf(c.get('user')!), kind, text, new Date());
  if (!outcome.ok) return page(c, kind, { problems: outcome.problems });
  const { added, updated, unchanged } = outcome.summary;
  return c.redirect(
    `/admin/import?kind=${kind}&added=${added}&updated=${updated}&unchanged=${unchanged}`,
    303,
  );
}

export const importRoutes: RouteDef[] = [
  { method: 'GET', path: '/admin/import', kind: 'page', access: IMPORT_ROLES, handler: importForm },
  { method: 'POST', path: '/admin/import', kind: 'page', access: IMPORT_ROLES, handler: postImport },
];
