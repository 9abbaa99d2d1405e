/**
 * A periodic background pass (the worker's sweeps): runs `pass` now and every `everyMs`, never
 * two at once, logs a failure and tries again next time. `pass` gets a `stopped()` check so a
 * long pass can end early when the worker stops.
 */
import { logger } from '../lib/logger.ts';

export function startSweep(
  name: string,
  everyMs: number,
  pass: (stopped: () => boolean) => Promise<void>,
): () => void {
  let stopped = false;
  let running = false;
  const isStopped = () => stopped;
  const sweep = async () => {
    if (running || stopped) return;
    running = true;
    try {
      await pass(isStopped);
    } catch (error) {
      if (!stopped) logger.warn({ err: error }, `${name} sweep failed; will retry`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  // Not awaited: a large backlog is worked through while the site already answers.
  void sweep();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
