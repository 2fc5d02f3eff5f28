// The MP comparison table (all 125 members, every indicator) over a legislature's generated records:
// p50/p95 of the page's queries and of the whole page, beside the goal (p95 ≤ 200 ms on SQLite).
// Run: npx tsx bench/mps.bench.ts (generates a fresh SQLite database in a temporary folder, about a minute).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { createApp } from '../src/app';
import { connect } from '../src/db/connect';
import { currentLegislature } from '../src/modules/assembly/members.queries';
import { memberIndicators } from '../src/modules/watch/indicators.service';
import { prepareDatabase } from '../src/setup/prepare-database';

const P95_GOAL_MS = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARMUP = 10;
const SEATS = 125;
// Five years of business: about 90 sittings a year, two roll-call votes a sitting, 4 questions a member a
// year, 2 missions an office a month, and 60,000 concerns across the 25 offices.
const SITTINGS = 450;
const VOTES_PER_SITTING = 2;
const QUESTIONS = SEATS * 4 * 5;
const MISSIONS = 25 * 24 * 5;
const CASES = 60_000;

function generate(file: string) {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const now = '2026-11-01T00:00:00.000Z';
  const day = (i: number) => new Date(Date.UTC(2023, 8, 1) + i * 3.2 * 86_400_000).toISOString().slice(0, 10);
  const provinces = (
    db.prepare("select code from places where level = 'province' order by code").all() as { code: string }[]
  ).map((p) => p.code);
  const communes = (
    db.prepare("select code from places where level = 'commune' order by code").all() as { code: string }[]
  ).map((p) => p.code);
  db.transaction(() => {
    const legislature = Number(
      db
        .prepare(
          "insert into assembly_legislatures (number, seats, elected_on, convened_on, ends_on, is_demo) values (80, ?, '2023-07-23', '2023-08-21', null, 1)",
        )
        .run(SEATS).lastInsertRowid,
    );
    const person = db.prepare(
      'insert into assembly_persons (name_en, name_km, khmer_by_birth, is_demo, created_at) values (?, ?, 1, 1, ?)',
    );
    const membership = db.prepare(
      "insert into assembly_memberships (person_id, legislature_id, province_code, start_date, created_at) values (?, ?, ?, '2023-08-21', ?)",
    );
    const members: number[] = [];
    for (let n = 1; n <= SEATS; n++) {
      const personId = Number(person.run(`Bench Member ${n}`, `សមាជិក ${n}`, now).lastInsertRowid);
      members.push(
        Number(membership.run(personId, legislature, provinces[n % provinces.length], now).lastInsertRowid),
      );
    }
    const session = Number(
      db
        .prepare(
          "insert into assembly_sessions (legislature_id, kind, opens_on, closes_on, is_demo) values (?, 'ordinary', '2023-09-01', '2028-07-01', 1)",
        )
        .run(legislature).lastInsertRowid,
    );
    const sitting = db.prepare(
      "insert into assembly_sittings (session_id, sitting_on, title_en, title_km, is_demo) values (?, ?, 'Sitting', 'កិច្ចប្រជុំ', 1)",
    );
    const attendance = db.prepare(
      'insert into assembly_attendance (sitting_id, membership_id, present) values (?, ?, ?)',
    );
    const voteEvent = db.prepare(
      "insert into assembly_vote_events (sitting_id, matter, title_en, title_km, members_total, present_count, yes_count, no_count, abstain_count, outcome, required, reason, article, recorded_at) values (?, 'law', 'Law', 'ច្បាប់', ?, ?, ?, 0, 0, 'adopted', 63, 'majority_reached', '90.1–6', ?)",
    );
    const vote = db.prepare(
      'insert into assembly_votes (vote_event_id, membership_id, option) values (?, ?, ?)',
    );
    for (let s = 0; s < SITTINGS; s++) {
      const sittingId = Number(sitting.run(session, day(s)).lastInsertRowid);
      const present = members.filter((_, i) => (i * 7 + s) % 10 !== 0);
      for (const m of members) attendance.run(sittingId, m, present.includes(m) ? 1 : 0);
      for (let v = 0; v < VOTES_PER_SITTING; v++) {
        const eventId = Number(
          voteEvent.run(sittingId, SEATS, present.length, present.length, now).lastInsertRowid,
        );
        for (const m of members) vote.run(eventId, m, present.includes(m) ? 'yes' : 'absent');
      }
    }
    db.prepare(
      "insert into assembly_ministries (code, name_en, name_km) values ('BENCH', 'Bench ministry', 'ក្រសួង')",
    ).run();
    const question = db.prepare(
      "insert into assembly_questions (legislature_id, membership_id, received_on, due_on, subject, body, answered_on, recorded_at, is_demo) values (?, ?, ?, ?, 'Q', 'Q', ?, ?, 1)",
    );
    const addressee = db.prepare(
      "insert into assembly_question_addressees (question_id, ministry_code) values (?, 'BENCH')",
    );
    for (let q = 0; q < QUESTIONS; q++) {
      const received = day(q % SITTINGS);
      const due = new Date(Date.parse(received) + 7 * 86_400_000).toISOString().slice(0, 10);
      const answered =
        q % 3 === 0
          ? null
          : new Date(Date.parse(received) + (q % 12) * 86_400_000).toISOString().slice(0, 10);
      addressee.run(
        Number(question.run(legislature, members[q % SEATS], received, due, answered, now).lastInsertRowid),
      );
    }
    const mission = db.prepare(
      "insert into co_missions (office_code, purpose, starts_on, ends_on, published, reported_at, is_demo, created_at) values (?, 'Bench', ?, ?, 1, ?, 1, ?)",
    );
    const missionMember = db.prepare(
      'insert into co_mission_members (mission_id, membership_id) values (?, ?)',
    );
    const missionCommune = db.prepare(
      'insert or ignore into co_mission_communes (mission_id, commune_code) values (?, ?)',
    );
    for (let i = 0; i < MISSIONS; i++) {
      const m = i % SEATS;
      const start = day(i % SITTINGS);
      const missionId = Number(
        mission.run(`CO-${provinces[(m + 1) % provinces.length]}`, start, start, now, now).lastInsertRowid,
      );
      missionMember.run(missionId, members[m]);
      missionCommune.run(missionId, communes[i % communes.length]);
      missionCommune.run(missionId, communes[(i * 7) % communes.length]);
    }
    const caseRow = db.prepare(
      "insert into cases (tracking_code, office_code, category_code, description, province_code, channel, status, confidential, consent_to_share, has_contact, submitted_at, updated_at, search_text, lang, first_answered_at, is_demo) values (?, ?, 'infrastructure', 'Bench concern', ?, 'web', 'answered', 0, 0, 0, ?, ?, 'bench concern', 'km', ?, 1)",
    );
    for (let i = 0; i < CASES; i++) {
      const province = provinces[i % provinces.length];
      const submitted = `${day(i % SITTINGS)}T03:00:00.000Z`;
      const answered =
        i % 4 === 0 ? null : new Date(Date.parse(submitted) + (i % 40) * 86_400_000).toISOString();
      caseRow.run(String(9_000_000_000 + i), `CO-${province}`, province, submitted, submitted, answered);
    }
  })();
  db.close();
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(name: string, run: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(
    `${name.padEnd(44)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   goal p95 <= ${P95_GOAL_MS} ms: ${p95 <= P95_GOAL_MS ? 'met' : 'NOT met'}`,
  );
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-mps-bench-'));
  const file = path.join(dir, 'sala.db');
  try {
    const db = connect({ kind: 'sqlite', file });
    await prepareDatabase(db, { demo: false, demoPassword: 'bench-password-not-secret' });
    await db.close();
    const started = performance.now();
    generate(file);
    console.log(
      `Generated ${SEATS} members, ${SITTINGS} sittings, ${SITTINGS * VOTES_PER_SITTING} roll-call votes, ${QUESTIONS} questions, ${MISSIONS} missions, ${CASES} concerns in ${((performance.now() - started) / 1000).toFixed(0)} s; ${RUNS} runs each.\n`,
    );
    const sala = connect({ kind: 'sqlite', file });
    const legislature = await currentLegislature(sala.kysely);
    if (!legislature) throw new Error('no legislature generated');
    const app = createApp({
      db: sala,
      config: { baseUrl: 'http://localhost', demo: false },
      version: 'bench',
    });
    await measure('indicators of all 125 members (queries)', () =>
      memberIndicators(sala.kysely, { legislatureId: legislature.id }),
    );
    await measure('GET /watch/members (whole page)', async () => {
      const res = await app.request('/watch/members?sort=attendance');
      if (res.status !== 200) throw new Error(`page answered ${res.status}`);
      await res.text();
    });
    await measure('GET /watch/members?year=2025', async () =>
      (await app.request('/watch/members?year=2025')).text(),
    );
    await sala.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('bench failed:', err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
