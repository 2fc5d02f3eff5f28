// Constituency office operations: office details, MPs' field missions (linked to the cases they collected),
// development plans with their status history, coordination with local authorities, and the office's
// budget lines and expenses (approval, overspend justification, reversals, receipts).
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const constituencyOperations: Migration = {
  async up(db: Kysely<unknown>) {
    // What a citizen needs to reach the office; one row per office, kept by its director.
    await db.schema
      .createTable('co_office_details')
      .addColumn('office_code', 'text', (c) => c.primaryKey().references('offices.code'))
      .addColumn('address_km', 'text', (c) => c.notNull())
      .addColumn('address_en', 'text', (c) => c.notNull())
      .addColumn('hours_km', 'text', (c) => c.notNull())
      .addColumn('hours_en', 'text', (c) => c.notNull())
      .addColumn('phone', 'text')
      .addColumn('email', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    // An MPs' field mission, planned by the office; published = shown on the office page and its calendar.
    await withIdColumn(db, db.schema.createTable('co_missions'))
      .addColumn('office_code', 'text', (c) => c.notNull().references('offices.code'))
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('starts_on', 'text', (c) => c.notNull())
      .addColumn('ends_on', 'text', (c) => c.notNull())
      .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
      // The report, once the mission is over (null until then).
      .addColumn('reported_at', 'text')
      .addColumn('meetings_held', 'integer')
      .addColumn('authorities_met', 'text')
      .addColumn('citizens_met', 'integer')
      .addColumn('follow_ups', 'text')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('co_missions_office_idx')
      .on('co_missions')
      .columns(['office_code', 'starts_on'])
      .execute();
    await db.schema
      .createTable('co_mission_members')
      .addColumn('mission_id', 'integer', (c) => c.notNull().references('co_missions.id'))
      .addColumn('membership_id', 'integer', (c) => c.notNull().references('assembly_memberships.id'))
      .addPrimaryKeyConstraint('co_mission_members_pk', ['mission_id', 'membership_id'])
      .execute();
    await db.schema
      .createTable('co_mission_communes')
      .addColumn('mission_id', 'integer', (c) => c.notNull().references('co_missions.id'))
      .addColumn('commune_code', 'text', (c) => c.notNull().references('places.code'))
      .addPrimaryKeyConstraint('co_mission_communes_pk', ['mission_id', 'commune_code'])
      .execute();
    // Concerns collected on a mission: the link lives here so the cases table stays casework's own.
    await db.schema
      .createTable('co_mission_cases')
      .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id'))
      .addColumn('mission_id', 'integer', (c) => c.notNull().references('co_missions.id'))
      .execute();
    await db.schema
      .createIndex('co_mission_cases_mission_idx')
      .on('co_mission_cases')
      .column('mission_id')
      .execute();

    // The office's allowance for a year, line by line (BUDGET_LINES); the allowance is their sum.
    await withIdColumn(db, db.schema.createTable('co_budget_lines'))
      .addColumn('office_code', 'text', (c) => c.notNull().references('offices.code'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('line', 'text', (c) => c.notNull())
      .addColumn('amount_riel', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('co_budget_lines_uq', ['office_code', 'year', 'line'])
      .execute();

    // An expense never disappears: a correction is a new row with the opposite amount (`reverses_id`).
    await withIdColumn(db, db.schema.createTable('co_expenses'))
      .addColumn('office_code', 'text', (c) => c.notNull().references('offices.code'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('line', 'text', (c) => c.notNull())
      .addColumn('spent_on', 'text', (c) => c.notNull())
      .addColumn('payee', 'text', (c) => c.notNull())
      .addColumn('amount_riel', 'integer', (c) => c.notNull())
      // Paid in dollars: the amount in cents and the riel per dollar used to convert it.
      .addColumn('amount_usd_cents', 'integer')
      .addColumn('usd_rate', 'integer')
      .addColumn('purpose', 'text', (c) => c.notNull())
      // pending | approved | rejected
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('overspend_justification', 'text')
      .addColumn('reverses_id', 'integer', (c) => c.unique().references('co_expenses.id'))
      // The scanned receipt: a random file name under SALA_DATA_DIR/receipts, its checked type and size.
      .addColumn('receipt_file', 'text')
      .addColumn('receipt_type', 'text')
      .addColumn('receipt_bytes', 'integer')
      .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
      .addColumn('decided_at', 'text')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('co_expenses_office_idx')
      .on('co_expenses')
      .columns(['office_code', 'year', 'line'])
      .execute();

    // Development plans: a priority of a commune or district, compiled per constituency and year.
    await withIdColumn(db, db.schema.createTable('co_plan_projects'))
      .addColumn('office_code', 'text', (c) => c.notNull().references('offices.code'))
      .addColumn('year', 'integer', (c) => c.notNull())
      // The commune's code, or the district's when the priority is district-wide.
      .addColumn('place_code', 'text', (c) => c.notNull().references('places.code'))
      .addColumn('sector', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('estimated_cost_riel', 'integer')
      .addColumn('funding_source', 'text', (c) => c.notNull())
      // commune_council | citizens
      .addColumn('raised_by', 'text', (c) => c.notNull())
      // proposed | in_plan | funded | under_way | done | dropped
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('co_plan_projects_office_idx')
      .on('co_plan_projects')
      .columns(['office_code', 'year', 'status'])
      .execute();
    // Every status a project has had, oldest first: the first row is its creation.
    await withIdColumn(db, db.schema.createTable('co_plan_status_history'))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('co_plan_projects.id'))
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('changed_by', 'integer', (c) => c.references('users.id'))
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('co_plan_status_history_project_idx')
      .on('co_plan_status_history')
      .column('project_id')
      .execute();
    await db.schema
      .createTable('co_plan_project_cases')
      .addColumn('project_id', 'integer', (c) => c.notNull().references('co_plan_projects.id'))
      .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
      .addPrimaryKeyConstraint('co_plan_project_cases_pk', ['project_id', 'case_id'])
      .execute();

    // Coordination with local authorities: meetings and letters, and their follow-ups with due dates.
    await withIdColumn(db, db.schema.createTable('co_coordination_entries'))
      .addColumn('office_code', 'text', (c) => c.notNull().references('offices.code'))
      // meeting | letter_sent | letter_received
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('held_on', 'text', (c) => c.notNull())
      // province | district | commune
      .addColumn('authority_level', 'text', (c) => c.notNull())
      .addColumn('authority', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('decisions', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('co_coordination_entries_office_idx')
      .on('co_coordination_entries')
      .columns(['office_code', 'held_on'])
      .execute();
    await withIdColumn(db, db.schema.createTable('co_coordination_followups'))
      .addColumn('entry_id', 'integer', (c) => c.notNull().references('co_coordination_entries.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('done_on', 'text')
      .addColumn('done_by', 'integer', (c) => c.references('users.id'))
      .execute();
    await db.schema
      .createIndex('co_coordination_followups_entry_idx')
      .on('co_coordination_followups')
      .column('entry_id')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      'co_coordination_followups',
      'co_coordination_entries',
      'co_plan_project_cases',
      'co_plan_status_history',
      'co_plan_projects',
      'co_expenses',
      'co_budget_lines',
      'co_mission_cases',
      'co_mission_communes',
      'co_mission_members',
      'co_missions',
      'co_office_details',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
