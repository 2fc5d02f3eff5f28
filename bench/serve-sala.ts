// Benchmark child: Sala on a fresh SQLite database in a temporary directory, on 127.0.0.1, printing its port.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, serveApp } from '../src/app';
import { connect } from '../src/db/connect';
import { prepareDatabase } from '../src/setup/prepare-database';
import { VERSION } from '../src/version';

// Demo on, as `npm start` runs by default: the home page then carries the demo notice a newcomer sees.
const DEMO = process.env.SALA_DEMO !== '0';
// The password only matters for signing in, which the benchmark never does; a fixed one skips the print.
const BENCH_PASSWORD = 'bench-password-not-secret';

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-bench-'));
  const db = connect({ kind: 'sqlite', file: path.join(dir, 'sala.db') });
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close();
    void db.close().finally(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
    // An open keep-alive connection must not keep the temp directory alive.
    setTimeout(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    }, 2000).unref();
  };

  await prepareDatabase(db, { demo: DEMO, demoPassword: BENCH_PASSWORD });
  const app = createApp({ db, config: { baseUrl: 'http://127.0.0.1', demo: DEMO }, version: VERSION });
  const port = Number(process.env.PORT ?? 0);
  const server = serveApp(app, { port, hostname: '127.0.0.1' }, (info) => {
    console.log(`sala listening on http://127.0.0.1:${info.port} (demo ${DEMO ? 'on' : 'off'})`);
    // The bench that started this server learns its port over IPC (its stdout goes to a log file).
    process.send?.({ port: info.port });
  });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Started by the bench with an IPC channel: if the bench dies, this server goes with it.
  process.on('disconnect', stop);
}

main().catch((err) => {
  console.error('serve-sala failed:', err);
  process.exit(1);
});
