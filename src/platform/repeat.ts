// The loop each process runs for background work (outbox, clean-up, audit checkpoints): once at start, then
// `intervalMs` after each run ends; a failure is logged, never thrown; stop() waits for a run under way.

/** What a run may ask of its loop: whether it is stopping, and a signal aborted once stop's grace is over. */
export interface RunControl {
  stopping(): boolean;
  signal: AbortSignal;
}

export function repeatEvery(
  intervalMs: number,
  run: (control: RunControl) => Promise<unknown>,
  onError: (err: unknown) => void,
): { stop(options?: { graceMs?: number }): Promise<void>; firstRun: Promise<void> } {
  let stopped = false;
  let firstDone!: () => void;
  const firstRun = new Promise<void>((resolve) => {
    firstDone = resolve;
  });
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new AbortController();
  const control: RunControl = { stopping: () => stopped, signal: giveUp.signal };
  const tick = () => {
    running = run(control)
      .then(() => undefined, onError)
      .finally(() => {
        firstDone();
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    /** Settles once the first run has ended, however it ended. */
    firstRun,
    /** No new run; the run under way may go on for `graceMs` (unbounded if unset), then its signal aborts. */
    async stop({ graceMs }: { graceMs?: number } = {}) {
      stopped = true;
      clearTimeout(timer);
      const abortLater = graceMs === undefined ? undefined : setTimeout(() => giveUp.abort(), graceMs);
      await running;
      clearTimeout(abortLater);
    },
  };
}

/** The message of an error, whatever was thrown. */
export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
