// Table type of the Assembly's specialised commissions (editable records).
import type { Generated, Selectable } from 'kysely';

export interface CommissionsTable {
  id: Generated<number>;
  code: string;
  name_en: string;
  name_km: string | null;
  source: string | null;
  is_active: number;
  updated_at: string;
}

export interface AssemblyTables {
  commissions: CommissionsTable;
}

export type Commission = Selectable<CommissionsTable>;
