import type { JobWorker } from "./job-worker";

export const RESTART_AFTER_MS = 10_000;

/**
 * Keeps a job worker running beside the web server: one that cannot start
 * (the database is down as the site starts) or fails later is started again
 * after a pause, while the site goes on serving. The queued emails wait in
 * the database meanwhile.
 */
export function superviseJobWorker(start: () => Promise<JobWorker | null>, restartAfterMs = RESTART_AFTER_MS): { stop(): Promise<void> } {
  let stopped = false;
  let current: JobWorker | null = null;
  let timer: NodeJS.Timeout | undefined;
  let launching: Promise<void> = Promise.resolve();

  const launch = async () => {
    if (stopped) return;
    try {
      current = await start();
    } catch (error) {
      console.error(`The job worker could not start (${error instanceof Error ? error.message : String(error)}); trying again in ${restartAfterMs / 1000} s.`);
      timer = setTimeout(() => void (launching = launch()), restartAfterMs);
      return;
    }
    if (stopped) {
      const worker = current;
      current = null;
      await worker?.stop();
      return;
    }
    current?.done.catch((error: unknown) => {
      console.error(`The job worker stopped (${error instanceof Error ? error.message : String(error)}); starting it again in ${restartAfterMs / 1000} s.`);
      current = null;
      if (!stopped) timer = setTimeout(() => void (launching = launch()), restartAfterMs);
    });
  };
  launching = launch();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await launching; // one starting now stops itself once started
      const worker = current;
      current = null;
      await worker?.stop();
    },
  };
}
