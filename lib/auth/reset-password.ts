import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { clearAttempts } from "../rate-limit/attempts";
import { fieldErrorsOf, resetPasswordSchema } from "./account-schemas";
import type { AuthenticatedUser } from "./authenticate";
import { spendLink } from "./email-links";
import { hashPassword } from "./password";

export type ResetPasswordResult = Result<{ user: AuthenticatedUser }, "linkInvalid">;

/**
 * Sets a new password from an emailed link. The link proves the person reads
 * the account's mailbox, so it also confirms the address; every other session
 * of the account ends (the session version goes up), and failed sign-ins
 * against the account are forgotten.
 */
export async function resetPassword(db: PrismaClient, secret: unknown, input: unknown, key: string, now: Date = new Date()): Promise<ResetPasswordResult> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const passwordHash = await hashPassword(parsed.data.newPassword);
  const result = await db.$transaction(async (tx) => {
    const link = await spendLink(tx, key, "RESET_PASSWORD", secret, now);
    if (!link?.userId) return { ok: false as const, refusal: "linkInvalid" as const };
    // The account's address must still be the one the link was sent to.
    const account = await tx.user.findFirst({ where: { id: link.userId, email: link.email }, select: { id: true, emailVerifiedAt: true } });
    if (!account) return { ok: false as const, refusal: "linkInvalid" as const };
    const user = await tx.user.update({
      where: { id: account.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: account.emailVerifiedAt ?? now },
      select: { id: true, email: true, name: true, role: true, sessionVersion: true },
    });
    // Other reset links for the account are spent too.
    await tx.emailToken.updateMany({ where: { userId: account.id, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    return { ok: true as const, user };
  });
  if (result.ok) await clearAttempts(db, `sign-in:account:${result.user.email}`);
  return result;
}
