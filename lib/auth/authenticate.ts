import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { clearAttempts, forgetAttempt, pruneAttempts, reserveAttempt, type Limit } from "../rate-limit/attempts";
import { signInSchema } from "./account-schemas";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { issueDeviceToken, readDeviceToken } from "./trusted-device";

export type AuthenticatedUser = { id: string; email: string; name: string; role: "ATTENDEE" | "ORGANISER"; sessionVersion: number };

/** Who is trying to sign in, as far as the server can tell. */
export type SignInClient = {
  /** From the socket (lib/http/client-address.ts); null when unknown, and then no per-address limit applies. */
  address: string | null;
  /** The browser's trusted-device cookie, if it sent one. */
  deviceToken: string | null;
  /** Signs and checks device cookies (NEXTAUTH_SECRET). */
  secret: string;
};

/** Failures are keys of "account.errors", as every form's failure (lib/forms/result.ts). */
export type AuthenticationResult = Result<{ user: AuthenticatedUser; deviceToken: string }, "signInFailed" | "rateLimited">;

// Failed sign-ins allowed in a 15-minute window:
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** …for one account, from browsers that have not signed in to it before. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** …from one address, from such browsers. High, because a council's staff share one address. */
export const MAX_FAILURES_PER_ADDRESS = 100;
/** …from one browser that has signed in to the account before (not affected by the two above). */
export const MAX_FAILURES_PER_DEVICE = 5;

/**
 * The limits this attempt counts against. A browser with this account's
 * device mark has a limit of its own, so neither someone hammering the
 * account nor a neighbour behind the same address can lock its owner out;
 * every other browser counts against the account and against its address.
 */
export function signInLimits(email: string, client: SignInClient, knownDeviceId: string | null): Limit[] {
  const window = { windowMs: SIGN_IN_WINDOW_MS };
  if (knownDeviceId) return [{ key: `sign-in:device:${knownDeviceId}`, max: MAX_FAILURES_PER_DEVICE, ...window }];
  return [
    { key: `sign-in:account:${email}`, max: MAX_FAILURES_PER_ACCOUNT, ...window },
    ...(client.address ? [{ key: `sign-in:address:${client.address}`, max: MAX_FAILURES_PER_ADDRESS, ...window }] : []),
  ];
}

/**
 * Checks an email and password. The answer for an unknown email and for a
 * wrong password is the same, and takes as long, so nobody can learn which
 * emails have accounts. The attempt is counted before it is judged
 * (lib/rate-limit/attempts.ts), so parallel guesses cannot overrun the limits.
 */
export async function authenticate(db: PrismaClient, input: unknown, client: SignInClient): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true },
  });
  const device = readDeviceToken(client.deviceToken, client.secret);
  const knownDeviceId = user && device?.userId === user.id ? device.deviceId : null;

  const limits = signInLimits(email, client, knownDeviceId);
  const verdict = await reserveAttempt(db, limits);
  if (!verdict.allowed) return { ok: false, refusal: "rateLimited" };

  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !valid) {
    await pruneAttempts(db);
    return { ok: false, refusal: "signInFailed" };
  }
  await forgetAttempt(db, verdict.attemptIds);
  // The right password ends the run of failures it was counted with: the
  // account's (for a new browser) or this browser's own. Never the address's
  // (other people's guesses) and, from the owner's own browser, never the
  // count of guesses strangers made at the account.
  for (const limit of limits) if (!limit.key.startsWith("sign-in:address:")) await clearAttempts(db, limit.key);
  const { passwordHash: _unused, ...rest } = user;
  void _unused;
  return { ok: true, user: rest, deviceToken: knownDeviceId && client.deviceToken ? client.deviceToken : issueDeviceToken(user.id, client.secret) };
}
