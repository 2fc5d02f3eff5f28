// Pages of the commissions: the public list, and the secretariat's edit form.

import { commissionName } from '../../platform/i18n/commission-name';
import type { Lang } from '../../platform/i18n/i18n';
import { DataTable } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import type { Commission } from './commission.table';
import { assemblyMessages } from './messages';

export function CommissionsList(props: { lang: Lang; rows: Commission[]; canEdit: boolean }) {
  const { lang, rows, canEdit } = props;
  const m = assemblyMessages[lang];
  return (
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
    </>
  );
}

export function CommissionEditForm(props: {
  lang: Lang;
  row: Commission;
  csrfToken: string;
  saved: boolean;
  error: boolean;
}) {
  const { row, saved, error } = props;
  const m = assemblyMessages[props.lang];
  return (
    <>
      <p>
        <a href="/commissions">{m.back}</a>
      </p>
      {saved && !error ? (
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
        <CsrfField token={props.csrfToken} />
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
    </>
  );
}
