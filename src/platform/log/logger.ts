// The one logger of a Sala process: a JSON line per event on stdout (pino), readable colours in a terminal.
// Never pass it a request body, a query string or a citizen's details: operators read logs, citizens do not.
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const isLogLevel = (value: string): value is LogLevel =>
  (LOG_LEVELS as readonly string[]).includes(value);

let timeMs = Number.NaN;
let timeField = '';

/**
 * pino's isoTime, made once per millisecond: under load many lines share one, and formatting the date was
 * a sixth of a request line's cost.
 */
function isoTimeOfThisMillisecond(): string {
  const now = Date.now();
  if (now !== timeMs) {
    timeMs = now;
    timeField = `,"time":"${new Date(now).toISOString()}"`;
  }
  return timeField;
}

/** A logger writing to `destination` (stdout by default; pretty when that is a terminal). */
export function createLogger(
  options: { level?: LogLevel; destination?: pino.DestinationStream } = {},
): Logger {
  const level = options.level ?? 'info';
  const base = {
    level,
    base: { pid: process.pid },
    timestamp: isoTimeOfThisMillisecond,
    // "level":"error" rather than pino's number: what an operator greps for.
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (options.destination) return pino(base, options.destination);
  // pino-pretty as a stream, not a transport: no worker thread, and the lines keep their order with the
  // plain text the start prints for a person.
  if (process.stdout.isTTY) return pino(base, pretty({ colorize: true, sync: true }));
  return pino(base, batchedStdout());
}

const REQUEST_LINE_END = '"msg":"request"}\n';

/**
 * Stdout written synchronously and in order, but the request lines (`"msg":"request"`, one per answer) of
 * one turn of the event loop in one write: under load a system call per request would cost a sixth of
 * serving the ready home page. Any other line is written at once, after the request lines before it; those
 * left are written at the end of the turn, and when the process exits.
 */
function batchedStdout(): pino.DestinationStream {
  const out = pino.destination({ dest: 1, sync: true });
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!pending) return;
    const lines = pending;
    pending = '';
    out.write(lines);
  };
  process.on('exit', flush);
  return {
    write(line: string) {
      pending += line;
      if (!line.endsWith(REQUEST_LINE_END)) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
  };
}

const initialLevel = process.env.SALA_LOG_LEVEL;

/** The process's logger; SALA_LOG_LEVEL (checked by loadConfig) sets its level. */
export const logger: Logger = createLogger({
  level: initialLevel && isLogLevel(initialLevel) ? initialLevel : 'info',
});

/** An error as a log field: its class, message, code and stack, never its other properties (a database
 * error's `detail` may quote the values of a row, a citizen's phone among them). */
export function errorFields(err: unknown): { type: string; message: string; code?: string; stack?: string } {
  if (!(err instanceof Error)) return { type: typeof err, message: String(err) };
  const code = (err as { code?: unknown }).code;
  return {
    type: err.constructor.name,
    message: err.message,
    ...(typeof code === 'string' ? { code } : {}),
    stack: err.stack,
  };
}
