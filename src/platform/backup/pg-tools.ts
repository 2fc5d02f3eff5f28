// pg_dump and pg_restore, run as child processes: the password goes in PGPASSWORD, never on the command line
// (where `ps` shows it), and a failure carries the tool's own message.
import { spawn } from 'node:child_process';

export class PgToolFailed extends Error {}

/** The --dbname argument (the address without its password) and the environment holding the password. */
export function pgConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

/** Runs a PostgreSQL client tool; resolves with its stdout, rejects with its stderr. Aborting kills it. */
export function runPgTool(
  tool: 'pg_dump' | 'pg_restore',
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  signal?: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'], signal });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new PgToolFailed(
          error.code === 'ENOENT'
            ? `${tool} is not installed: install the PostgreSQL client tools (Debian: apt-get install postgresql-client), version 15 or newer and at least the server's`
            : `${tool}: ${error.message}`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new PgToolFailed(`${tool} failed (exit ${code}): ${err.trim() || 'no message'}`));
    });
  });
}

export async function pgDumpVersion(): Promise<string> {
  return (await runPgTool('pg_dump', ['--version'])).trim();
}
