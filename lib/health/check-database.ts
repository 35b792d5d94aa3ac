import type { PrismaClient } from "../prisma-client";

/** A load balancer gives up on a health check after a few seconds; answer before it does. */
export const DATABASE_CHECK_TIMEOUT_MS = 2_000;

export type DatabaseCheck = { ok: true; latencyMs: number } | { ok: false; reason: "unreachable" | "timeout" };

/**
 * Asks the database for `SELECT 1`, giving up after `timeoutMs`. Never throws:
 * the answer is what a health check reports. The query itself is left to
 * finish or fail in the background (the pool's connection timeout ends it).
 */
export async function checkDatabase(db: PrismaClient, timeoutMs = DATABASE_CHECK_TIMEOUT_MS): Promise<DatabaseCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const query = db.$queryRaw`SELECT 1`.then(
    () => "ok" as const,
    () => "unreachable" as const,
  );
  try {
    const outcome = await Promise.race([query, timeout]);
    if (outcome === "ok") return { ok: true, latencyMs: Math.round(performance.now() - started) };
    return { ok: false, reason: outcome };
  } finally {
    clearTimeout(timer);
  }
}
