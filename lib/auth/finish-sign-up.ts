import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import type { AuthenticatedUser } from "./authenticate";
import { accountFromLink, insertAccount } from "./create-account";
import { spendLink } from "./email-links";

export type FinishSignUpResult = Result<{ user: AuthenticatedUser; returnTo: string }, "linkInvalid" | "accountExists">;

/**
 * Step two of signing up, from the emailed link: the person chooses their
 * password and gives their name, and the account is made with the address
 * the link was sent to, already verified. The password is chosen here, by
 * whoever reads that mailbox, never at step one: someone who typed another
 * person's address can never end up holding an account in their name.
 */
export async function finishSignUp(db: PrismaClient, secret: unknown, input: unknown, key: string, now: Date = new Date()): Promise<FinishSignUpResult> {
  return accountFromLink(db, input, async (tx, details) => {
    const link = await spendLink(tx, key, "SIGN_UP", secret, now);
    if (!link) return { ok: false as const, refusal: "linkInvalid" as const };
    if (await tx.user.findUnique({ where: { email: link.email }, select: { id: true } })) return { ok: false as const, refusal: "accountExists" as const };
    const user = await insertAccount(tx, { ...details, email: link.email, role: "ATTENDEE", emailVerifiedAt: now });
    const payload = link.payload as { returnTo?: unknown } | null;
    return { ok: true as const, user, returnTo: typeof payload?.returnTo === "string" ? payload.returnTo : "/account" };
  });
}
