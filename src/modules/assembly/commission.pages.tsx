// Pages of the commissions: the public list, and the secretariat's edit form.

import { z } from 'zod';
import type { Ctx } from '../../platform/http/types';
import { commissionName } from '../../platform/i18n/commission-name';
import { DataTable } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import { renderErrorPage, renderPage } from '../../web/page';
import { mayEditCommissions } from './assembly.policy';
import { findCommission, listCommissions } from './commission.queries';
import type { Commission } from './commission.table';
import { commissionEditSchema, editCommission } from './edit-commission';
import { assemblyMessages } from './messages';

export const commissionJson = z.object({
  code: z.string(),
  name: z.object({
    en: z.string(),
    km: z
      .string()
      .describe(
        'The name in Khmer; until the secretariat records it, the Khmer number that Khmer pages show (C01 → គណៈកម្មការទី១).',
      ),
    km_is_fallback: z
      .boolean()
      .describe('True when `km` is the Khmer number standing in for a Khmer name not yet recorded.'),
  }),
  active: z.boolean(),
  source: z.string().nullable(),
});

export function presentCommission(row: Commission): z.infer<typeof commissionJson> {
  return {
    code: row.code,
    name: {
      en: row.name_en,
      km: commissionName('km', row),
      km_is_fallback: !row.name_km?.trim(),
    },
    active: row.is_active === 1,
    source: row.source,
  };
}

export async function commissionsApi(c: Ctx) {
  const rows = await listCommissions(c.get('deps').db.kysely);
  return c.json({ commissions: rows.map(presentCommission) });
}

export async function commissionsPage(c: Ctx) {
  const lang = c.get('lang');
  const m = assemblyMessages[lang];
  const rows = await listCommissions(c.get('deps').db.kysely);
  const canEdit = mayEditCommissions(c.get('user'));
  return renderPage(
    c,
    m.title,
    <>
      <p>{m.intro}</p>
      <DataTable label={m.title}>
        <thead>
          <tr>
            <th scope="col">{m.code}</th>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.status}</th>
            {canEdit ? <th scope="col">{m.edit}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <code>{r.code}</code>
              </td>
              {/* The name in the reader's language; in Khmer, the commission's number until its name is entered. */}
              <td>
                {lang === 'en' || r.name_km ? (
                  commissionName(lang, r)
                ) : (
                  <span class="muted">
                    {commissionName('km', r)} ({m.noKhmerName})
                  </span>
                )}
              </td>
              <td>{r.is_active ? m.active : m.inactive}</td>
              {canEdit ? (
                <td>
                  <a href={`/admin/commissions/${r.code}`}>
                    {m.edit} <span class="sr-only">{r.code}</span>
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>,
  );
}

async function editForm(c: Ctx, error?: boolean) {
  const m = assemblyMessages[c.get('lang')];
  const code = c.req.param('code') ?? '';
  const row = await findCommission(c.get('deps').db.kysely, code);
  if (!row) return renderErrorPage(c, 'notFound');
  return renderPage(
    c,
    m.editTitle(row.code),
    <>
      <p>
        <a href="/commissions">{m.back}</a>
      </p>
      {c.req.query('saved') === '1' && !error ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      {error ? (
        <p class="alert" role="alert">
          {m.invalid}
        </p>
      ) : null}
      <form method="post" action={`/admin/commissions/${row.code}`}>
        <CsrfField token={c.get('csrfToken')} />
        <label for="nameKm">{m.nameKm}</label>
        <input id="nameKm" name="nameKm" lang="km" required maxlength={300} value={row.name_km ?? ''} />
        <label for="nameEn">{m.nameEn}</label>
        <input id="nameEn" name="nameEn" lang="en" required maxlength={300} value={row.name_en} />
        <label>
          <input type="checkbox" name="active" value="1" checked={row.is_active === 1} style="width:auto" />{' '}
          {m.isActive}
        </label>
        <p class="muted">
          {m.source}: {row.source ?? '—'}
        </p>
        <button type="submit">{m.save}</button>
      </form>
    </>,
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
