// Manifest of the audit trail page.
import type { ModuleManifest } from '../http/types';
import { auditPage } from './audit.routes';
import { checkpointRoutes } from './checkpoints.api';

const READERS = ['admin', 'auditor'] as const;

export { auditActionText } from './audit-labels';
export { summaryForReaders } from './evidence.rules';

export const auditModule: ModuleManifest = {
  name: 'audit',
  nav: [{ href: '/admin/audit', label: { en: 'Audit trail', km: 'សវនកម្ម' }, access: READERS }],
  work: [{ href: '/admin/audit', roles: ['auditor'] }],
  routes: [
    { method: 'GET', path: '/admin/audit', kind: 'page', access: READERS, handler: auditPage },
    ...checkpointRoutes,
  ],
};
