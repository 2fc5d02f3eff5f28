// Handlers of the commissions' pages: the public list, and the secretariat's edit form and its answer.
import type { Ctx } from '../../platform/http/types';
import { renderErrorPage, renderPage } from '../../web/page';
import { mayEditCommissions } from './assembly.policy';
import { commissionEditSchema, editCommission } from './commission.commands';
import { CommissionEditForm, CommissionsList } from './commission.pages';
import { findCommission, listCommissions } from './commission.queries';
import { assemblyMessages } from './messages';

export async function commissionsPage(c: Ctx) {
  const lang = c.get('lang');
  const rows = await listCommissions(c.get('deps').db.kysely);
  const canEdit = mayEditCommissions(c.get('user'));
  return renderPage(
    c,
    assemblyMessages[lang].title,
    <CommissionsList lang={lang} rows={rows} canEdit={canEdit} />,
  );
}

async function editForm(c: Ctx, error = false) {
  const lang = c.get('lang');
  const code = c.req.param('code') ?? '';
  const row = await findCommission(c.get('deps').db.kysely, code);
  if (!row) return renderErrorPage(c, 'notFound');
  return renderPage(
    c,
    assemblyMessages[lang].editTitle(row.code),
    <CommissionEditForm
      lang={lang}
      row={row}
      csrfToken={c.get('csrfToken')}
      saved={c.req.query('saved') === '1'}
      error={error}
    />,
    error ? 422 : 200,
  );
}

export const commissionEditPage = (c: Ctx) => editForm(c);

export async function commissionEditSubmit(c: Ctx) {
  const form = await c.req.parseBody();
  const parsed = commissionEditSchema.safeParse({
    nameEn: typeof form.nameEn === 'string' ? form.nameEn : '',
    nameKm: typeof form.nameKm === 'string' ? form.nameKm : '',
    active: form.active === '1',
  });
  if (!parsed.success) return editForm(c, true);
  const user = c.get('user')!;
  const code = c.req.param('code') ?? '';
  const result = await editCommission(
    c.get('deps').db,
    { userId: user.id, label: user.username },
    code,
    parsed.data,
    new Date(),
  );
  if (!result.ok) return renderErrorPage(c, 'notFound');
  return c.redirect(`/admin/commissions/${code}?saved=1`, 303);
}
