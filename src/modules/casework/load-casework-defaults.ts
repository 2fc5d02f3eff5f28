// Loads the default concern categories and service standards into an empty database, audited. They are Sala's
// starting taxonomy, which offices can edit, not official data.
import type { Db } from '../../db/connect';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { hasCategories, insertCategories, insertServiceStandards } from './case.queries';
import type { ServiceStage } from './case.table';

const DEFAULT_CATEGORIES: { code: string; name_km: string; name_en: string }[] = [
  { code: 'land', name_km: 'ដីធ្លី', name_en: 'Land' },
  { code: 'infrastructure', name_km: 'ផ្លូវ និងហេដ្ឋារចនាសម្ព័ន្ធ', name_en: 'Roads and infrastructure' },
  { code: 'water', name_km: 'ទឹកស្អាត និងអនាម័យ', name_en: 'Clean water and sanitation' },
  { code: 'electricity', name_km: 'អគ្គិសនី', name_en: 'Electricity' },
  { code: 'health', name_km: 'សុខាភិបាល', name_en: 'Health' },
  { code: 'education', name_km: 'អប់រំ', name_en: 'Education' },
  { code: 'public_services', name_km: 'សេវារដ្ឋបាលសាធារណៈ', name_en: 'Public administrative services' },
  { code: 'labour', name_km: 'ការងារ និងចំណាកស្រុក', name_en: 'Work and migration' },
  { code: 'environment', name_km: 'បរិស្ថាន និងធនធានធម្មជាតិ', name_en: 'Environment and natural resources' },
  { code: 'justice', name_km: 'សន្តិសុខ និងយុត្តិធម៌', name_en: 'Security and justice' },
  { code: 'social', name_km: 'សុខុមាលភាពសង្គម', name_en: 'Social welfare' },
  { code: 'other', name_km: 'ផ្សេងៗ', name_en: 'Other' },
];

/** Days each stage may take, per the examples; an admin edits them. */
const DEFAULT_SERVICE_STANDARDS: { stage: ServiceStage; working_days: number }[] = [
  { stage: 'triage', working_days: 3 },
  // Not in the examples: an office answering a case itself gets as long as a commission.
  { stage: 'office_answer', working_days: 30 },
  { stage: 'commission_answer', working_days: 30 },
];

export async function loadCaseworkDefaults(db: Db, now: Date): Promise<boolean> {
  if (await hasCategories(db.kysely)) return false;
  await db.kysely.transaction().execute(async (trx) => {
    await insertCategories(
      trx,
      DEFAULT_CATEGORIES.map((c, i) => ({ ...c, sort_order: i + 1 })),
    );
    await insertServiceStandards(
      trx,
      DEFAULT_SERVICE_STANDARDS.map((s) => ({ ...s, updated_at: now.toISOString() })),
    );
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: 'reference.load',
      entityType: 'casework_defaults',
      entityId: 'categories',
      after: { categories: DEFAULT_CATEGORIES.length, serviceStandards: DEFAULT_SERVICE_STANDARDS },
    });
  });
  return true;
}
