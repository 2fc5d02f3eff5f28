// Generates the OWSO league bench's data set: 1,000,000 fictional receipts (and their applications) over
// a year, at one commune office in each commune of the gazetteer, hash-chained per office, in a SQLite file
// cached under bench/.data/ (reused when present). Run: npx tsx bench/generate-owso.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { connect } from '../src/db/connect';
import { dueOn, processingOutcome } from '../src/modules/owso/applications.rules';
import { hashReceipt, RECEIPT_GENESIS_HASH, receiptNumber } from '../src/modules/owso/receipt.rules';
import { prepareDatabase } from '../src/setup/prepare-database';

export const BENCH_RECEIPTS = Number(process.env.BENCH_RECEIPTS ?? 1_000_000);
/** The data set's "today": fixed, so a cached file and the bench agree. */
export const OWSO_BENCH_TODAY = '2026-11-01';
/** The months generated (Phnom Penh), one year up to the bench's today. */
export const OWSO_BENCH_MONTHS = Array.from({ length: 12 }, (_, i) => {
  const d = new Date(Date.UTC(2025, 10 + i, 1));
  return d.toISOString().slice(0, 7);
});
const here = path.dirname(fileURLToPath(import.meta.url));
export const OWSO_BENCH_FILE = path.join(here, '.data', `owso-${BENCH_RECEIPTS}.db`);

/** Deterministic randomness (mulberry32), so every generated file is the same. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES: [code: string, maxDays: number, fee: number][] = [
  ['BENCH-REG-01', 3, 4000],
  ['BENCH-REG-02', 5, 10000],
  ['BENCH-CER-01', 1, 0],
  ['BENCH-CER-02', 2, 2000],
];

/** Builds the file (when missing) and returns its path. */
export async function generateOwso(): Promise<string> {
  if (fs.existsSync(OWSO_BENCH_FILE)) return OWSO_BENCH_FILE;
  fs.mkdirSync(path.dirname(OWSO_BENCH_FILE), { recursive: true });
  const partial = `${OWSO_BENCH_FILE}.partial`;
  fs.rmSync(partial, { force: true });
  const started = performance.now();
  const db = connect({ kind: 'sqlite', file: partial });
  await prepareDatabase(db, { demo: true, demoPassword: 'bench-password-not-secret' });
  await db.close();

  const sqlite = new SQLite(partial);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  const at = '2025-11-01T00:00:00.000Z';
  const communes = sqlite
    .prepare(`select code, name_latin from places where level = 'commune' order by code`)
    .all() as {
    code: string;
    name_latin: string;
  }[];
  const clerk = (sqlite.prepare(`select id from users where username = 'owso_clerk'`).get() as { id: number })
    .id;
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `insert into owso_categories (code, name_en, name_km, sort_order) values ('bench', 'Bench (fictional)', 'សាកល្បង', 99)`,
      )
      .run();
    const service = sqlite.prepare(
      `insert into owso_services (code, category_code, level, name_en, name_km, max_days, documents_en, documents_km,
        who_may_apply_en, who_may_apply_km, legal_basis, is_sample, search_text, updated_at)
       values (?, 'bench', 'commune', ?, ?, ?, 'Identity card', 'អត្តសញ្ញាណប័ណ្ណ', 'Anyone', 'គ្រប់គ្នា', 'Sample', 1, ?, ?)`,
    );
    const fee = sqlite.prepare(
      `insert into owso_fees (service_code, fee_riel, effective_from, recorded_at) values (?, ?, '2020-01-01', ?)`,
    );
    for (const [code, maxDays, riel] of SERVICES) {
      service.run(code, `${code} (sample)`, `${code} (គំរូ)`, maxDays, code.toLowerCase(), at);
      fee.run(code, riel, at);
    }
    const office = sqlite.prepare(
      `insert into owso_offices (code, level, place_code, name_en, name_km, rollout_status, operating_since, is_demo, updated_at)
       values (?, 'commune', ?, ?, ?, 'operating', '2025-01-01', 1, ?)`,
    );
    for (const c of communes)
      office.run(`B${c.code}`, c.code, `OWSO ${c.name_latin}`, `OWSO ${c.name_latin}`, at);
  })();

  const random = seeded(20261101);
  const insertApp = sqlite.prepare(
    `insert into owso_applications (id, office_code, service_code, applicant_name, applicant_phone, documents_checked, status,
       received_on, due_on, done_at, processing_days, on_time, rating, rated_at, form_id, clerk_user_id, is_demo, created_at, updated_at)
     values (?, ?, ?, 'Demo Applicant', null, 'Identity card', ?, ?, ?, ?, ?, ?, ?, ?, null, ?, 1, ?, ?)`,
  );
  const insertReceipt = sqlite.prepare(
    `insert into owso_receipts (number, office_code, seq, application_id, service_code, fee_riel, paid_riel, payment_channel,
       agency_code, agency_reference, exemption_reason, issued_at, clerk_user_id, clerk_name, is_demo, prev_hash, hash)
     values (@number, @office_code, @seq, @application_id, @service_code, @fee_riel, @paid_riel, @payment_channel,
       @agency_code, @agency_reference, @exemption_reason, @issued_at, @clerk_user_id, @clerk_name, @is_demo, @prev_hash, @hash)`,
  );
  const counters = new Map<string, { seq: number; hash: string }>();
  const holidays = new Set<string>();
  const startMs = Date.parse(`${OWSO_BENCH_MONTHS[0]}-01T01:00:00Z`);
  const spanMs = Date.parse(`${OWSO_BENCH_TODAY}T00:00:00Z`) - startMs;
  const BATCH = 20_000;
  // Receipts are issued in time order, so each office's chain follows its sequence.
  const times = Array.from({ length: BENCH_RECEIPTS }, () => startMs + Math.floor(random() * spanMs)).sort(
    (a, b) => a - b,
  );
  for (let start = 0; start < BENCH_RECEIPTS; start += BATCH) {
    sqlite.transaction(() => {
      for (let i = start; i < Math.min(start + BATCH, BENCH_RECEIPTS); i++) {
        const id = i + 1;
        // Busier communes: a skew so the table has leaders and laggards.
        const commune = communes[Math.floor(random() ** 1.5 * communes.length)];
        const officeCode = `B${commune.code}`;
        const [service, maxDays, fee] = SERVICES[Math.floor(random() * SERVICES.length)];
        const issuedAt = new Date(times[i]).toISOString();
        const receivedOn = new Date(times[i] + 7 * 3_600_000).toISOString().slice(0, 10);
        const due = dueOn(receivedOn, maxDays, holidays);
        const r = random();
        const status = r < 0.01 ? 'cancelled' : r < 0.9 ? 'done' : r < 0.95 ? 'in_progress' : 'received';
        let doneAt: string | null = null;
        let days: number | null = null;
        let onTime: number | null = null;
        let rating: number | null = null;
        if (status === 'done') {
          const took = Math.floor(random() * (maxDays + 3));
          const doneDay = new Date(Date.parse(`${receivedOn}T00:00:00Z`) + took * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const outcome = processingOutcome(receivedOn, doneDay, maxDays, holidays);
          doneAt = `${doneDay}T09:00:00.000Z`;
          days = outcome.processingDays;
          onTime = outcome.onTime ? 1 : 0;
          if (random() < 0.3) rating = 1 + Math.floor(random() * 5);
        }
        insertApp.run(
          id,
          officeCode,
          service,
          status,
          receivedOn,
          due,
          doneAt,
          days,
          onTime,
          rating,
          rating ? doneAt : null,
          clerk,
          issuedAt,
          issuedAt,
        );
        const counter = counters.get(officeCode) ?? { seq: 0, hash: RECEIPT_GENESIS_HASH };
        const seq = counter.seq + 1;
        const receipt = {
          prev_hash: counter.hash,
          number: receiptNumber(officeCode, seq),
          office_code: officeCode,
          seq,
          application_id: id,
          service_code: service,
          fee_riel: fee,
          paid_riel: fee,
          payment_channel: 'counter' as const,
          agency_code: null,
          agency_reference: null,
          exemption_reason: null,
          issued_at: issuedAt,
          clerk_user_id: clerk,
          clerk_name: 'Demo account: owso_clerk',
          is_demo: 1,
        };
        const hash = hashReceipt(receipt);
        insertReceipt.run({ ...receipt, hash });
        counters.set(officeCode, { seq, hash });
      }
    })();
  }
  sqlite.transaction(() => {
    const counter = sqlite.prepare(
      `insert into owso_receipt_counters (office_code, last_seq, last_hash) values (?, ?, ?)`,
    );
    for (const [office, c] of counters) counter.run(office, c.seq, c.hash);
  })();
  sqlite.exec('analyze');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  fs.renameSync(partial, OWSO_BENCH_FILE);
  console.log(
    `generated ${BENCH_RECEIPTS.toLocaleString('en-GB')} receipts at ${counters.size} offices in ${((performance.now() - started) / 1000).toFixed(0)} s: ${OWSO_BENCH_FILE}`,
  );
  return OWSO_BENCH_FILE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  generateOwso().catch((err) => {
    console.error('generate failed:', err);
    process.exitCode = 1;
  });
}
