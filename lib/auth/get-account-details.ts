import "server-only";
import type { PrismaClient } from "../prisma-client";

/** The caller's own details for the details form. */
export async function getAccountDetails(db: PrismaClient, userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, regulator: true, registrationNumber: true, jobRole: true, organisation: true, language: true },
  });
}

/** Whether the caller has proved they read mail sent to their address (see lib/auth/email-links.ts). */
export async function isEmailVerified(db: PrismaClient, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return user?.emailVerifiedAt != null;
}

/** The account's email address and whether its owner has proved they read it. */
export async function getAccountAddress(db: PrismaClient, userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  return { email: user.email, verified: user.emailVerifiedAt !== null };
}
