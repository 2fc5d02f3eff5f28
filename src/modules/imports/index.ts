// Manifest of the imports: the admin's page that takes a file of any kind Sala imports, and the same
// command for the command line (`npm run import -- <kind> <file>`).
import type { ModuleManifest } from '../../platform/http/types';
import { importRoutes } from './import.routes';

export { runImport } from './import.commands';
export { IMPORT_KINDS, type ImportKind, isImportKind } from './importers.commands';

export const importsModule: ModuleManifest = {
  name: 'imports',
  nav: [{ href: '/admin/import', label: { en: 'Import data', km: 'នាំចូលទិន្នន័យ' }, access: ['admin'] }],
  routes: importRoutes,
};
