// Lighthouse (mobile, its default simulated throttling) on the citizen's public pages, with Debian's Chromium:
// performance, accessibility, best practices and SEO per page, printed as a table (the goal is 100 each).
// Run: npx tsx bench/lighthouse.bench.ts (demo data on a fresh SQLite database in a temporary folder).
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import * as chromeLauncher from 'chrome-launcher';
import { sql } from 'kysely';
import lighthouse from 'lighthouse';
import { createApp } from '../src/app';
import { connect } from '../src/db/connect';
import { prepareDatabase } from '../src/setup/prepare-database';
import { VERSION } from '../src/version';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`lighthouse: skipped, ${CHROMIUM} is missing (apt-get install chromium fonts-khmeros)`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-lighthouse-'));
  const db = connect({ kind: 'sqlite', file: path.join(dir, 'sala.db') });
  await prepareDatabase(db, { demo: true, demoPassword: 'bench-password-not-secret', demoCases: true });
  const first = async (query: string) =>
    String(
      Object.values((await sql.raw<Record<string, unknown>>(query).execute(db.kysely)).rows[0] ?? {})[0] ??
        '',
    );
  const tracking = await first(
    'select tracking_code from cases where answer is not null order by id limit 1',
  );
  const service = await first('select code from owso_services order by code limit 1');
  const office = await first('select code from owso_offices order by code limit 1');
  const person = await first('select person_id from assembly_memberships order by id limit 1');
  const app = createApp({ db, config: { baseUrl: 'http://127.0.0.1', demo: true }, version: VERSION });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once('listening', () => resolve()),
  );
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pages: [string, string][] = [
    ['home', '/'],
    ['concern form', '/concerns/new'],
    ['tracking page', `/track/${tracking}`],
    ['services catalogue', '/services'],
    ['one service', `/services/${service}`],
    ['receipt check', '/verify'],
    ['league table', '/owso/league'],
    ['offices list', '/owso/offices'],
    ['one office', `/owso/offices/${office}`],
    ['MP list', '/watch/members'],
    ['one MP', `/watch/members/${person}`],
  ];
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const rows: string[] = [];
  try {
    for (const [name, href] of pages) {
      const result = await lighthouse(`${base}${href}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        locale: 'en',
      });
      const categories = result?.lhr.categories ?? {};
      const scores = CATEGORIES.map((c) => {
        const score = categories[c]?.score;
        return score === null || score === undefined ? '—' : String(Math.round(score * 100));
      });
      // What keeps a score below 100, by audit id, so the table says where to look.
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id);
      rows.push(
        `${name.padEnd(20)} ${scores.map((s) => s.padStart(4)).join(' ')}  ${href}${failing.length ? `  (${failing.join(', ')})` : ''}`,
      );
    }
  } finally {
    await chrome.kill();
    server.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Lighthouse ${'12.8'} mobile (simulated throttling), Chromium ${CHROMIUM}`);
  console.log(`${'page'.padEnd(20)} perf a11y  b-p  seo`);
  for (const row of rows) console.log(row);
}

main().catch((error) => {
  console.error('lighthouse bench failed:', error);
  process.exit(1);
});
