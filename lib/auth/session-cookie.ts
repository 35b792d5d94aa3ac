import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { env, siteUrl } from "../env";
import type { AuthenticatedUser } from "./authenticate";
import { DEVICE_MAX_AGE_SECONDS, deviceCookieFor, SESSION_MAX_AGE_SECONDS, sessionCookieFor, type SiteCookie } from "./session-cookie-policy";
import { issueDeviceToken } from "./trusted-device";

// The session is next-auth's encrypted JWT (next-auth/jwt's encode and
// decode), issued and read by our own forms and getCurrentUser(). next-auth's
// own routes (/api/auth/*) are not served: a second way to sign in and out
// would need every check of ours twice (docs/decisions/0007).

/** Secure (https-only, __Secure- prefixed) cookies whenever the site is served over https. */
export function sessionCookie(): SiteCookie {
  return sessionCookieFor(siteUrl());
}

/** The same encrypted token next-auth itself would issue for the user. */
export function issueSessionToken(user: AuthenticatedUser, secret = env().NEXTAUTH_SECRET): Promise<string> {
  return encode({
    secret,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
  });
}

/** Starts a session for the user. */
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

/** This browser's trusted-device mark, as sent (checked by authenticate()). */
export async function readDeviceCookie(): Promise<string | null> {
  return (await cookies()).get(deviceCookieFor(siteUrl()).name)?.value ?? null;
}

/** Signs this browser in after an emailed link proved who it is (finishing a sign-up, a new password, an accepted invitation): a session and the trusted-browser mark. */
export async function signInThisBrowser(user: AuthenticatedUser): Promise<void> {
  await startSession(user);
  await rememberDevice(issueDeviceToken(user.id, env().NEXTAUTH_SECRET));
}

/** Marks this browser as one the person signs in on (kept after signing out, so they are not locked out with strangers). */
export async function rememberDevice(deviceToken: string): Promise<void> {
  const cookie = deviceCookieFor(siteUrl());
  (await cookies()).set(cookie.name, deviceToken, { ...cookie.options, maxAge: DEVICE_MAX_AGE_SECONDS });
}
