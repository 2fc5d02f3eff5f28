// The kinds of file Sala imports, each the command of the module that owns its rows.
import type { Importer } from '../../platform/import/import-kit';
import { rosterImporter } from '../assembly';
import { holidaysImporter } from '../casework';
import { agenciesImporter, officesImporter, servicesImporter } from '../owso';

export const IMPORT_KINDS = ['roster', 'offices', 'services', 'agencies', 'holidays'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORTERS: Record<ImportKind, Importer> = {
  roster: rosterImporter,
  offices: officesImporter,
  agencies: agenciesImporter,
  services: servicesImporter,
  holidays: holidaysImporter,
};

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value);
}
