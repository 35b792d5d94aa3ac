import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "../env";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./auth-options";
import type { AuthenticatedUser } from "./authenticate";

/** The same encrypted token next-auth itself would issue for the user. */
export function issueSessionToken(user: AuthenticatedUser, secret = env().NEXTAUTH_SECRET): Promise<string> {
  return encode({
    secret,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
  });
}

/** Starts a next-auth session for the user. */
export async function startSession(user: AuthenticatedUser): Promise<void> {
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, await issueSessionToken(user), { ...cookie.options, maxAge: SESSION_MAX_AGE_SECONDS });
}

/**
 * Removes the cookie from this browser. The removal repeats the cookie's
 * attributes: browsers ignore a __Secure- cookie set without Secure, so a bare
 * delete would leave it in place over https. Ending the token itself (for a
 * copy kept elsewhere) is endAllSessions()'s job.
 */
export async function endSession(): Promise<void> {
  const cookie = sessionCookie();
  (await cookies()).delete({ name: cookie.name, ...cookie.options });
}
