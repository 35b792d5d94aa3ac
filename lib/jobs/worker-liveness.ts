import pg from "pg";
import { JOB_QUEUE_SCHEMA } from "./job-queue";

// Graphile Worker (open-source edition) takes a job back from a worker that
// died only after the job has been locked for 4 hours. An email held that
// long by a crashed process is an email lost for the day, so each of our
// worker processes says it is alive in the simplest way PostgreSQL offers: it
// holds a session advisory lock per worker id on a connection of its own.
// PostgreSQL drops the lock the moment that connection ends, however the
// process ended (SIGKILL included). Every process sweeps now and then: a
// job locked by a worker whose advisory lock nobody holds belongs to a dead
// worker and is unlocked at once, to be run again (its delivery record keeps
// an email already sent from going twice). Only jobs locked for a little
// while (LOCKED_FOR_AT_LEAST) count, so a worker that has just started and not
// yet claimed its id is never mistaken for a dead one.

/** Advisory lock keys are 64-bit; this namespace keeps ours apart from Prisma's migration lock and others. */
const LOCK_NAMESPACE = "cpd-week job worker ";
export const LIVENESS_SWEEP_MS = 15_000;
const LOCKED_FOR_AT_LEAST = "10 seconds";

export type WorkerLiveness = {
  /** Claims a worker id as alive (call when the worker starts): the id its jobs are locked by (Graphile Worker's pool id). */
  claim(workerId: string): Promise<void>;
  /** Unlocks the jobs of workers that have died; returns their ids. */
  sweep(): Promise<string[]>;
  stop(): Promise<void>;
};

/**
 * `embedded`: the embedded database is one session for every connection,
 * where advisory locks say nothing; it also serves one process only (npm
 * start), so every worker id but ours is dead: the sweep unlocks them all.
 */
export async function watchWorkerLiveness(databaseUrl: string, options: { embedded: boolean; sweepEveryMs?: number }): Promise<WorkerLiveness> {
  const ours = new Set<string>();
  let sweeping: Promise<string[]> | null = null;
  let stopped = false;

  // A lost connection (the database restarted) drops our claims with it: the
  // next use connects again and claims every id afresh.
  let current: Promise<pg.Client> | null = null;
  const connection = (): Promise<pg.Client> => {
    current ??= (async () => {
      const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
      client.on("error", (error) => {
        console.error("Job worker liveness connection lost:", error.message);
        current = null;
      });
      client.on("end", () => {
        current = null;
      });
      await client.connect();
      if (!options.embedded) for (const workerId of ours) await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [LOCK_NAMESPACE + workerId]);
      return client;
    })().catch((error: unknown) => {
      current = null;
      throw error;
    });
    return current;
  };
  await connection();

  const sweepOnce = async (): Promise<string[]> => {
    const client = await connection();
    const { rows } = await client.query<{ locked_by: string }>(
      `SELECT DISTINCT locked_by FROM ${JOB_QUEUE_SCHEMA}.jobs
       WHERE locked_by IS NOT NULL AND locked_at < now() - interval '${LOCKED_FOR_AT_LEAST}' AND NOT (locked_by = ANY($1::text[]))`,
      [[...ours]],
    );
    const dead: string[] = [];
    for (const { locked_by: workerId } of rows) {
      if (options.embedded) {
        dead.push(workerId);
        continue;
      }
      const { rows: tried } = await client.query<{ free: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS free", [
        LOCK_NAMESPACE + workerId,
      ]);
      if (!tried[0]?.free) continue; // Its process holds the lock: alive.
      await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [LOCK_NAMESPACE + workerId]);
      dead.push(workerId);
    }
    if (dead.length) {
      await client.query(`SELECT ${JOB_QUEUE_SCHEMA}.force_unlock_workers($1::text[])`, [dead]);
      console.warn(`Job worker: took back the jobs of ${dead.length} stopped worker(s) (${dead.join(", ")}).`);
    }
    return dead;
  };
  const sweep = () => {
    sweeping ??= sweepOnce().finally(() => {
      sweeping = null;
    });
    return sweeping;
  };
  const timer = setInterval(() => {
    if (stopped) return;
    sweep().catch((error: unknown) => console.error("Job worker liveness sweep failed:", error instanceof Error ? error.message : error));
  }, options.sweepEveryMs ?? LIVENESS_SWEEP_MS);
  timer.unref();

  return {
    async claim(workerId) {
      ours.add(workerId);
      if (!options.embedded) await (await connection()).query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [LOCK_NAMESPACE + workerId]);
    },
    sweep,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await sweeping?.catch(() => undefined);
      const client = await current?.catch(() => null);
      current = null;
      await client?.end().catch(() => undefined);
    },
  };
}
