// The audit trail page for administrators and auditors: newest first, with an on-demand chain check.

import { DataTable } from '../../web/data-table';
import { renderPage } from '../../web/page';
import { parseId } from '../http/path-params';
import type { Ctx } from '../http/types';
import { formatDateTime, formatNumber, textFor } from '../i18n/i18n';
import { listAudit, verifyAuditChain } from './audit.queries';
import { auditActionText, auditEntityText } from './audit-labels';
import { auditMessages } from './messages';

const PAGE_SIZE = 50;

export async function auditPage(c: Ctx) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = auditMessages[lang];
  const db = c.get('deps').db.kysely;
  const before = parseId(c.req.query('before'));
  const rows = await listAudit(db, {
    beforeId: before,
    limit: PAGE_SIZE,
  });
  const check = c.req.query('verify') === '1' ? await verifyAuditChain(db) : null;
  return renderPage(
    c,
    m.title,
    <>
      <p>{m.intro}</p>
      {check ? (
        <p class={check.ok ? 'notice' : 'alert'} role="status">
          {check.ok ? m.chainOk(check.rows) : m.chainBroken(check.brokenAtId)}
        </p>
      ) : (
        <p>
          <a href="/admin/audit?verify=1">{m.verify}</a>
        </p>
      )}
      {rows.length === 0 ? <p>{m.empty}</p> : null}
      <DataTable label={m.title}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{m.when}</th>
            <th scope="col">{m.who}</th>
            <th scope="col">{m.action}</th>
            <th scope="col">{m.entity}</th>
            <th scope="col">{m.summary}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>{formatNumber(r.id, lang, digits)}</td>
              <td>{formatDateTime(r.at, lang, digits)}</td>
              <td>{r.actor_user_id === null ? (textFor(m.actors, r.actor) ?? r.actor) : r.actor}</td>
              <td>{auditActionText(r.action, lang) ?? <code>{r.action}</code>}</td>
              <td>
                {auditEntityText(r.entity_type, lang) ?? <code>{r.entity_type}</code>}{' '}
                <code>{r.entity_id}</code>
              </td>
              <td>
                <code>{r.summary}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p>
        {before ? <a href="/admin/audit">{m.newest}</a> : null}{' '}
        {rows.length === PAGE_SIZE ? (
          <a href={`/admin/audit?before=${rows[rows.length - 1].id}`}>{m.older}</a>
        ) : null}
      </p>
    </>,
  );
}
