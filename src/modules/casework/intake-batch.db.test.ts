// Concerns written together in one batch: each keeps its own case, contact, event, audit row and message.
import { expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { lockAuditChain, verifyAuditChain } from '../../platform/audit/audit.queries';
import { type ConcernDraft, writeConcerns } from './intake-batch.commands';

const NOW = new Date('2026-11-22T03:00:00Z');

/** Concern `i`: its own words, and (but for every third, anonymous) its own name and phone. */
function draft(i: number): ConcernDraft {
  const anonymous = i % 3 === 0;
  const phone = `012 000 ${String(100 + i)}`;
  return {
    case: {
      office_code: 'CO-02',
      category_code: 'water',
      description: `អណ្ដូងទឹកខូច concern number ${i}`,
      province_code: '02',
      district_code: '0201',
      commune_code: '020101',
      channel: 'web',
      confidential: 0,
      consent_to_share: 1,
      has_contact: anonymous ? 0 : 1,
      submitted_at: NOW.toISOString(),
      updated_at: NOW.toISOString(),
      search_text: `concern number ${i}`,
      is_demo: 0,
    },
    lang: i % 2 ? 'en' : 'km',
    today: '2026-11-22',
    contact: anonymous
      ? null
      : { name: `Citizen ${i} (fictional)`, phone, email: null, preferred_contact: 'sms' },
    actor: { userId: null, label: 'citizen' },
    audit: { concern: i },
    acknowledgement: anonymous ? null : { channel: 'sms', address: phone },
    citizenKey: `key-of-concern-${String(i).padStart(8, '0')}`,
    now: NOW,
  };
}

describeEachDatabase(
  'writing a batch of concerns',
  (t) => {
    it('gives each concern of one batch its own case, contact, event, audit row and acknowledgement', async () => {
      const drafts = Array.from({ length: 9 }, (_, i) => draft(i));
      const created = await t.db.kysely.transaction().execute(async (trx) => {
        await lockAuditChain(trx);
        return writeConcerns(trx, drafts);
      });
      expect(new Set(created.map((c) => c.trackingCode)).size).toBe(9);
      const k = t.db.kysely;
      for (const [i, made] of created.entries()) {
        const row = await k
          .selectFrom('cases')
          .select(['tracking_code', 'description', 'lang', 'status', 'due_stage'])
          .where('id', '=', made.id)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({
          tracking_code: made.trackingCode,
          description: drafts[i].case.description,
          lang: drafts[i].lang,
          status: 'received',
          due_stage: 'triage',
        });
        const contacts = await k
          .selectFrom('case_contacts')
          .select('name')
          .where('case_id', '=', made.id)
          .execute();
        expect(contacts).toEqual(drafts[i].contact ? [{ name: drafts[i].contact?.name }] : []);
        const events = await k
          .selectFrom('case_events')
          .select('action')
          .where('case_id', '=', made.id)
          .execute();
        expect(events).toEqual([{ action: 'submit' }]);
        const audit = await k
          .selectFrom('audit_log')
          .select('summary')
          .where('entity_type', '=', 'case')
          .where('entity_id', '=', String(made.id))
          .executeTakeFirstOrThrow();
        expect(JSON.parse(audit.summary)).toMatchObject({
          after: { tracking_code: made.trackingCode, concern: i },
        });
        const messages = await k
          .selectFrom('outbox')
          .select(['recipient', 'payload', 'lang'])
          .where('case_id', '=', made.id)
          .execute();
        expect(messages).toEqual(
          drafts[i].acknowledgement
            ? [
                {
                  recipient: drafts[i].acknowledgement?.address,
                  payload: JSON.stringify({ trackingCode: made.trackingCode, key: drafts[i].citizenKey }),
                  lang: drafts[i].lang,
                },
              ]
            : [],
        );
      }
      // The audit rows follow the order of the drafts, and the chain holds.
      const order = await k
        .selectFrom('audit_log')
        .select('entity_id')
        .where('action', '=', 'case.submit')
        .where(
          'entity_id',
          'in',
          created.map((c) => String(c.id)),
        )
        .orderBy('id')
        .execute();
      expect(order.map((r) => r.entity_id)).toEqual(created.map((c) => String(c.id)));
      expect((await verifyAuditChain(k)).ok).toBe(true);
    });
  },
  seedDemo,
);
