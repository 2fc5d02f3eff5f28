// Stopping on SIGTERM (a deploy, a scale-down) without failing a request or losing a write.
import type { Server, ServerResponse } from 'node:http';
import net from 'node:net';
import type { ServerType } from '@hono/node-server';
import { drainBatchWriters } from '../../db/commit-group';
import type { Db } from '../../db/connect';
import { errorFields, logger } from '../log/logger';

/** A background loop (outbox, clean-up …): stop() resolves once its current run has ended. */
export interface Stoppable {
  stop(): Promise<unknown>;
}

export interface GracefulStopOptions {
  /** How long requests in flight may take to finish before their connections are closed. */
  requestsCapMs?: number;
  log?: (line: string) => void;
}

export const DEFAULT_REQUESTS_CAP_MS = 20_000;
/** How long the listener stays open after the signal, for connections already queued. */
const ACCEPT_QUEUED_MS = 100;
/** A connection still without a request this long after the stop began is idle: closed (then every as long again). */
const IDLE_SETTLE_MS = 1000;

/**
 * On SIGTERM or SIGINT: no new connections; requests in flight finish (their answers say
 * `Connection: close`, idle keep-alive connections are closed, so the server can close); the loops stop
 * (the outbox hands back what it has not sent); the batch writers commit what they hold; the database is
 * closed; exit 0. A request still running after `requestsCapMs` has its connection closed. A repeated
 * signal changes nothing.
 */
export function stopGracefullyOnSignal(
  server: ServerType,
  db: Db,
  loops: Record<string, Stoppable>,
  options: GracefulStopOptions = {},
): void {
  const http = server as Server;
  const capMs = options.requestsCapMs ?? DEFAULT_REQUESTS_CAP_MS;
  const log = options.log ?? ((line: string) => logger.info({ job: 'stop' }, line));
  const inFlight = new Set<ServerResponse>();
  let stopping = false;

  http.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
    if (stopping) res.setHeader('Connection', 'close');
  });

  async function stop(signal: string) {
    log(
      `Stopping (${signal}): no new connections; finishing ${inFlight.size} request(s) in flight (at most ${capMs / 1000} s)`,
    );
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    // The listener stays open a moment: connections the kernel completed before the signal, still in its
    // queue, are accepted and served (closing the listener would reset them; one turn of the event loop was
    // not enough in the tests). Not http.close(): it also drops at once every connection without a request
    // yet, among them clients whose request is still on its way; those get IDLE_SETTLE_MS.
    await new Promise((resolve) => setTimeout(resolve, ACCEPT_QUEUED_MS));
    const closed = new Promise<boolean>((resolve) =>
      net.Server.prototype.close.call(http, () => resolve(true)),
    );
    const idleCloser = setInterval(() => http.closeIdleConnections(), IDLE_SETTLE_MS);
    const loopsStopped = Promise.all(Object.values(loops).map((loop) => loop.stop()));

    let capTimer: NodeJS.Timeout | undefined;
    const capped = new Promise<boolean>((resolve) => {
      capTimer = setTimeout(() => resolve(false), capMs);
    });
    if (await Promise.race([closed, capped])) {
      log('Stopping: every request answered');
    } else {
      log(
        `Stopping: ${inFlight.size} request(s) still running after ${capMs / 1000} s; closing their connections`,
      );
      http.closeAllConnections();
    }
    clearTimeout(capTimer);
    clearInterval(idleCloser);
    await loopsStopped;
    log(`Stopping: ${Object.keys(loops).join(', ')} stopped`);
    await drainBatchWriters(db.kysely);
    await db.close();
    log('Stopped: batched writes committed, database closed');
    process.exit(0);
  }

  const onSignal = (signal: NodeJS.Signals) => {
    // Ctrl-C under `npm start` arrives twice (from the terminal and relayed by npm): a repeat is not a
    // request to cut the stop short, which is bounded anyway.
    if (stopping) {
      log(`${signal} again: already stopping`);
      return;
    }
    stopping = true;
    stop(signal).catch((err: unknown) => {
      logger.error({ job: 'stop', err: errorFields(err) }, 'stopping failed');
      process.exit(1);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
