/**
 * A background pass run every `intervalMs` on this node, one at a time (a slow pass delays the
 * next, never overlaps it), until stopped; `stop()` waits for a pass under way. For work that
 * each node may repeat harmlessly (it takes its own lock), unlike durable jobs (queue.ts).
 */
export type PeriodicPass = { stop: () => Promise<void> };

/** Starts `pass` every `intervalMs`; a failure goes to `onError` and the next pass still runs. */
export function startPeriodicPass(pass: () => Promise<unknown>, onError: (error: unknown) => void, intervalMs: number): PeriodicPass {
  let isStopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      if (!isStopped) await pass();
    } catch (error) {
      if (!isStopped) onError(error);
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      isStopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
