import type { PrismaClient } from "../prisma-client";
import { signInSchema } from "./account-schemas";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { clearFailedSignIns, isSignInBlocked, recordFailedSignIn } from "./rate-limit";

export type AuthenticatedUser = { id: string; email: string; name: string; role: "ATTENDEE" | "ORGANISER"; sessionVersion: number };

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" | "rateLimited"; fieldErrors?: Record<string, string> };

/**
 * Checks an email and password. The answer for an unknown email and for a
 * wrong password is the same, and takes as long, so nobody can learn which
 * emails have accounts.
 */
export async function authenticate(db: PrismaClient, input: unknown, ip: string): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, reason: "invalid", fieldErrors };
  }
  const { email, password } = parsed.data;
  if (await isSignInBlocked(db, email, ip)) return { ok: false, reason: "rateLimited" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !valid) {
    await recordFailedSignIn(db, email, ip);
    return { ok: false, reason: "invalid" };
  }
  await clearFailedSignIns(db, email);
  const { passwordHash: _unused, ...rest } = user;
  void _unused;
  return { ok: true, user: rest };
}
