// `npm run bench`: requests per second of Sala's /healthz and home page beside a bare node:http server sending as many bytes.
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { int, median, positiveInt, twoPlaces } from './measure';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Goals: the home page at >= 0.30 of bare node:http, and at >= 0.50 when both send the same Brotli bytes. */
const GOALS: Record<string, number> = { '/': 0.3, 'br:/': 0.5 };

const settings = {
  connections: positiveInt('BENCH_CONNECTIONS', 32),
  // Many short rounds rather than a few long ones: this machine is shared, and a busy spell then spoils
  // few rounds, and the median sets them aside. 8 rounds × 2 paths × 2 servers × 3 s ≈ 100 s in all.
  seconds: positiveInt('BENCH_SECONDS', 3),
  warmupSeconds: positiveInt('BENCH_WARMUP_SECONDS', 2),
  rounds: positiveInt('BENCH_ROUNDS', 8),
};

// BENCH_PATHS adds others, e.g. `/healthz,/,/?rendered` to see the home page rendered without its cache;
// `br:` before a path asks for it with `Accept-Encoding: br, gzip`, as browsers do.
const PATHS = (process.env.BENCH_PATHS ?? '/healthz,/,br:/').split(',').filter((p) => /^(br:)?\//.test(p));

/** The request a target stands for: its path, and the Accept-Encoding a `br:` target sends. */
function requestOf(target: string): { path: string; headers: Record<string, string> } {
  return target.startsWith('br:')
    ? { path: target.slice(3), headers: { 'accept-encoding': 'br, gzip' } }
    : { path: target, headers: {} };
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
}

const children: ChildProcess[] = [];

/** Starts a server in its own process (so load and server do not share a JS thread) and waits for its port. */
function startChild(name: string, script: string, args: string[] = []): Promise<number> {
  // `--import tsx` keeps one process per server (no npx/tsx wrapper), so the pid we kill is the server.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, script), ...args], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, PORT: '0' },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start within 60 s:\n${output}`)),
      60_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (code ${code}) before listening:\n${output}`));
    });
  });
}

function stopChildren() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}

/** One plain GET as the load generator sends it (no cookies, no Accept-Language), to learn the answer's size. */
function probe(
  port: number,
  target: string,
): Promise<{ status: number; bytes: number; type: string; encoding: string }> {
  const { path: urlPath, headers } = requestOf(target);
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, headers, agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          bytes,
          type: String(res.headers['content-type'] ?? ''),
          encoding: String(res.headers['content-encoding'] ?? ''),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function load(port: number, target: string, seconds: number): Promise<Sample> {
  const { path: urlPath, headers } = requestOf(target);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${urlPath}`,
    headers,
    connections: settings.connections,
    duration: seconds,
  });
  return {
    rps: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors,
  };
}

// autocannon records latency in whole milliseconds: say "<1 ms" rather than a false "0.0 ms".
const ms = (value: number) => (value < 1 ? '<1 ms' : `${Math.round(value)} ms`);

async function main() {
  const started = Date.now();
  console.log(
    `Sala HTTP benchmark: ${settings.connections} keep-alive connections, ${settings.rounds} rounds of ` +
      `${settings.seconds} s per server and path (after a ${settings.warmupSeconds} s warm-up), 127.0.0.1 only.`,
  );
  console.log(
    'Sala: a fresh SQLite database with demo data; the visitor is anonymous and sends no cookies (a first\n' +
      'visit: each answer issues a CSRF cookie); the home page is served from its anonymous-page cache.\n',
  );

  const salaPort = await startChild('serve-sala', 'serve-sala.ts');
  const sizes = new Map<string, { bytes: number; type: string; encoding: string }>();
  for (const urlPath of PATHS) {
    const answer = await probe(salaPort, urlPath);
    if (answer.status !== 200) throw new Error(`Sala answered ${urlPath} with ${answer.status}, not 200`);
    sizes.set(urlPath, answer);
  }
  const barePort = await startChild('serve-bare', 'serve-bare.ts', [
    JSON.stringify(
      Object.fromEntries(
        PATHS.map((p) => [p, [sizes.get(p)?.bytes, sizes.get(p)?.type, sizes.get(p)?.encoding]]),
      ),
    ),
  ]);
  for (const urlPath of PATHS) {
    const answer = await probe(barePort, urlPath);
    if (answer.bytes !== sizes.get(urlPath)?.bytes)
      throw new Error(`bare server sends the wrong size for ${urlPath}`);
  }

  const servers = { sala: salaPort, bare: barePort } as const;
  // Warm both servers' JITs (and Sala's SQLite page cache) before anything is counted.
  for (const urlPath of PATHS) {
    for (const port of Object.values(servers)) await load(port, urlPath, settings.warmupSeconds);
  }

  const samples = new Map<string, Sample[]>();
  for (let round = 0; round < settings.rounds; round++) {
    // Alternate who goes first, so a slow spell of the machine falls on both sides alike.
    const order = round % 2 === 0 ? (['sala', 'bare'] as const) : (['bare', 'sala'] as const);
    for (const urlPath of PATHS) {
      for (const server of order) {
        const sample = await load(servers[server], urlPath, settings.seconds);
        const key = `${server} ${urlPath}`;
        samples.set(key, [...(samples.get(key) ?? []), sample]);
      }
    }
    process.stdout.write(`  round ${round + 1}/${settings.rounds} done\n`);
  }

  console.log('');
  const width = Math.max(...PATHS.map((p) => p.length));
  let failures = 0;
  for (const urlPath of PATHS) {
    const sala = samples.get(`sala ${urlPath}`) ?? [];
    const bare = samples.get(`bare ${urlPath}`) ?? [];
    const salaRps = median(sala.map((s) => s.rps));
    const bareRps = median(bare.map((s) => s.rps));
    const ratio = salaRps / bareRps;
    // Each round's own ratio: its two runs were seconds apart, so a busy spell of the machine cancels out.
    const paired = sala.map((s, i) => s.rps / bare[i].rps);
    // Ratios are rounded down, so one printed as 0.30 has met a goal of 0.30.
    const wanted = GOALS[urlPath];
    const goal = wanted ? `   goal >= ${wanted.toFixed(2)}: ${ratio >= wanted ? 'met' : 'NOT met'}` : '';
    console.log(
      `GET ${urlPath.padEnd(width)} ${int.format(sizes.get(urlPath)?.bytes ?? 0).padStart(6)} B   ` +
        `sala ${int.format(salaRps).padStart(7)} req/s   bare ${int.format(bareRps).padStart(7)} req/s   ` +
        `ratio ${twoPlaces(ratio)}${goal}`,
    );
    console.log(
      `    per-round ratios ${twoPlaces(Math.min(...paired))} to ${twoPlaces(Math.max(...paired))}, ` +
        `median ${twoPlaces(median(paired))}`,
    );
    for (const [name, list] of [
      ['sala', sala],
      ['bare', bare],
    ] as const) {
      console.log(
        `    ${name} latency p50 ${ms(median(list.map((s) => s.p50)))}, p99 ${ms(median(list.map((s) => s.p99)))}` +
          `   req/s per round: ${list.map((s) => int.format(s.rps)).join(' ')}`,
      );
      failures += list.reduce((sum, s) => sum + s.failures, 0);
    }
  }
  console.log(
    `\nMedians over ${settings.rounds} rounds; took ${Math.round((Date.now() - started) / 1000)} s.`,
  );
  if (failures > 0) {
    console.error(`${failures} requests failed or answered other than 2xx: the figures above are not valid.`);
    process.exitCode = 1;
  }
}

process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

main()
  .catch((err) => {
    console.error('bench failed:', err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(stopChildren);
