/**
 * Runs `work` every `intervalMs` in the background until stopped (one run at a time; a failure
 * is logged and retried on the next tick). `stop()` waits for a last run, so nothing pending is
 * left behind at shutdown.
 */
export function startPeriodic(name: string, intervalMs: number, work: () => Promise<unknown>) {
  let running = true;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const tick = () => {
    current = work()
      .catch((e: unknown) => console.error(`${name}: ${(e as Error).message}`))
      .finally(() => {
        if (running) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await current;
      await work().catch(() => undefined);
    },
  };
}
