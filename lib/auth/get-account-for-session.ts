import type { PrismaClient } from "../prisma-client";
import type { AuthenticatedUser } from "./authenticate";

/** The account as a new session token carries it: with its current session version (raised by a password change). */
export async function getAccountForSession(db: PrismaClient, userId: string): Promise<AuthenticatedUser> {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
}
