import type { PrismaClient } from "../prisma-client";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: "ATTENDEE" | "ORGANISER";
};

/** What a session token says about its holder (the decoded JWT). */
export type SessionClaims = { sub?: unknown; sessionVersion?: unknown } | null | undefined;

/**
 * The account a session token belongs to, or null when the token has been
 * ended: signing out and changing the password raise the account's session
 * version, and a token only counts while it carries the current one. The
 * token is never trusted for the role: it is read afresh here.
 */
export async function findSessionUser(db: PrismaClient, claims: SessionClaims): Promise<SessionUser | null> {
  if (typeof claims?.sub !== "string" || typeof claims.sessionVersion !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: claims.sub },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
