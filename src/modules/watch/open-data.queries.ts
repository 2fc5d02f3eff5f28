// SQL of watch's open-data tables (open-data.routes.tsx): everything public, in a stable order.
import type { Executor } from '../../db/database';

export function statementsForOpenData(db: Executor) {
  return db
    .selectFrom('watch_statements as s')
    .innerJoin('watch_organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 'o.name', 'o.kind', 's.title', 's.published_on', 's.body'])
    .orderBy('s.id')
    .execute();
}

export function signaturesForOpenData(db: Executor) {
  return db
    .selectFrom('watch_signatures as g')
    .innerJoin('watch_organisations as o', 'o.id', 'g.organisation_id')
    .select(['g.statement_id', 'o.name', 'o.kind', 'o.website', 'g.signed_on'])
    .orderBy('g.statement_id')
    .orderBy('g.signed_on')
    .orderBy('o.name')
    .execute();
}

/** Watchdogs' notes with the username of the account that wrote each. */
export function memberNotesForOpenData(db: Executor) {
  return db
    .selectFrom('watch_member_notes as n')
    .leftJoin('users as u', 'u.id', 'n.created_by')
    .select(['n.id', 'n.person_id', 'n.score', 'n.remark', 'n.source_url', 'n.created_at', 'u.username'])
    .orderBy('n.id')
    .execute();
}
