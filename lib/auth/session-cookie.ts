import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "../env";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./auth-options";
import type { AuthenticatedUser } from "./authenticate";

/** Starts a next-auth session for the user: the same token next-auth itself would issue. */
export async function startSession(user: AuthenticatedUser): Promise<void> {
  const token = await encode({
    secret: env().NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
  });
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, token, { ...cookie.options, maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookie().name);
}
