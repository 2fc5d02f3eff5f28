// Sala as a real process (`npm start`'s command), for the tests of starting and stopping it.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export const TSX = path.resolve('node_modules/.bin/tsx');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export interface SalaProcess {
  child: ChildProcess;
  port: number;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Its exit code, once it has exited. */
  exited: Promise<number | null>;
}

/** Spawns Sala on a free port; resolves once its output matches `ready` (by default: it says it is running). */
export async function startSala(
  env: Record<string, string>,
  ready: (output: string) => boolean = (output) => output.includes(' is running at '),
  timeoutMs = 60_000,
): Promise<SalaProcess> {
  const port = await freePort();
  // As `npm start` runs it: node with tsx as a loader, no tsx wrapper process between the signal and Sala.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH, TZ: 'UTC', PORT: String(port), ...env },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Sala did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Sala exited with ${code}:\n${output}`));
    });
  });
  return { child, port, output: () => output, exited };
}
