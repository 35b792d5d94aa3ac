import type { PrismaClient } from "../prisma-client";

// The one rate limiter: sign-in, self check-in codes, sign-up and password
// reset requests all count their attempts here, in the database so that every
// server process agrees.
//
// Counting the attempts and recording this one are one atomic step: a
// transaction that first takes a PostgreSQL advisory lock on each key (in a
// fixed order, so two attempts never wait on each other crosswise), counts,
// and records the attempt only if it is allowed. Of 40 attempts sent at once
// against a limit of 5, exactly the first 5 to get the lock go ahead (the old
// "count, then work, then record" let all 40 through). The lock is held for
// the count and the insert only, never while the password is checked.
// An allowed attempt counts as a failure until the caller takes it back with
// forgetAttempt (a correct password, a right code).

export type Limit = {
  /** What is limited, e.g. "sign-in:account:alex@example.org". */
  key: string;
  /** Attempts allowed within the window. */
  max: number;
  windowMs: number;
};

export type AttemptVerdict = { allowed: true; attemptIds: string[] } | { allowed: false; blockedBy: string };

/** Rows older than this are no use to any limit: cleared now and then. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Counts an attempt against every limit and says whether it may go ahead.
 * Call forgetAttempt(attemptIds) when the attempt turned out not to count
 * (a correct password), and nothing when it did (a wrong one).
 */
export async function reserveAttempt(db: PrismaClient, limits: readonly Limit[], now: Date = new Date()): Promise<AttemptVerdict> {
  if (limits.length === 0) return { allowed: true, attemptIds: [] };
  const keys = [...new Set(limits.map((limit) => limit.key))].sort();
  return db.$transaction(async (tx) => {
    for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`rate-limit:${key}`}, 0))`;
    const counts = await tx.rateLimitAttempt.groupBy({
      by: ["key"],
      // No upper bound: an attempt that read the clock a moment later may
      // have taken the lock first, and its row (stamped after our `now`) must
      // count. With "createdAt <= now" a burst of 40 let 6 through.
      where: { OR: limits.map((limit) => ({ key: limit.key, createdAt: { gt: new Date(now.getTime() - limit.windowMs) } })) },
      _count: { _all: true },
    });
    const countOf = new Map(counts.map((row) => [row.key, row._count._all]));
    const over = limits.find((limit) => (countOf.get(limit.key) ?? 0) >= limit.max);
    if (over) return { allowed: false as const, blockedBy: over.key };
    const rows = await tx.rateLimitAttempt.createManyAndReturn({ data: limits.map((limit) => ({ key: limit.key, createdAt: now })), select: { id: true } });
    return { allowed: true as const, attemptIds: rows.map((row) => row.id) };
  });
}

/** Takes an allowed attempt back: it does not count against any limit. */
export async function forgetAttempt(db: PrismaClient, attemptIds: readonly string[]): Promise<void> {
  if (attemptIds.length) await db.rateLimitAttempt.deleteMany({ where: { id: { in: [...attemptIds] } } });
}

/** Clears a key's attempts (a successful sign-in clears its account's failures). */
export async function clearAttempts(db: PrismaClient, key: string): Promise<void> {
  await db.rateLimitAttempt.deleteMany({ where: { key } });
}

/** Drops rows no window still needs; cheap enough to call after every failure. */
export async function pruneAttempts(db: PrismaClient, now: Date = new Date()): Promise<void> {
  await db.rateLimitAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
}
