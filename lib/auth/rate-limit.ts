import type { PrismaClient } from "../prisma-client";

// Failed sign-ins are counted per account and per network address over a
// sliding window, in the database so that every server process agrees.
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const accountKey = (email: string) => `email:${email}`;
const addressKey = (ip: string) => `ip:${ip}`;

export async function isSignInBlocked(db: PrismaClient, email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    db.signInAttempt.count({ where: { key: accountKey(email), createdAt: { gt: since } } }),
    db.signInAttempt.count({ where: { key: addressKey(ip), createdAt: { gt: since } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordFailedSignIn(db: PrismaClient, email: string, ip: string, now = new Date()): Promise<void> {
  await db.signInAttempt.createMany({
    data: [
      { key: accountKey(email), createdAt: now },
      { key: addressKey(ip), createdAt: now },
    ],
  });
  // Old attempts are no use to anyone: keep the table small.
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 2 * SIGN_IN_WINDOW_MS) } } });
}

export async function clearFailedSignIns(db: PrismaClient, email: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { key: accountKey(email) } });
}
