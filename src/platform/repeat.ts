// The loop each process runs for background work (outbox, clean-up, audit checkpoints): once at start, then
// `intervalMs` after each run ends; a failure is logged, never thrown; stop() waits for a run under way.
export function repeatEvery(
  intervalMs: number,
  run: () => Promise<unknown>,
  onError: (err: unknown) => void,
): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = run()
      .then(() => undefined, onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** The message of an error, whatever was thrown. */
export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
