import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { spendLink } from "./email-links";

export type VerifyEmailResult = Result<{ email: string }, "linkInvalid">;

/** Confirms an account's address from an emailed link (anyone holding the link may press the button: it proves the mailbox). */
export async function verifyEmail(db: PrismaClient, secret: unknown, key: string, now: Date = new Date()): Promise<VerifyEmailResult> {
  return db.$transaction(async (tx) => {
    const link = await spendLink(tx, key, "VERIFY_EMAIL", secret, now);
    if (!link?.userId) return { ok: false as const, refusal: "linkInvalid" as const };
    const { count } = await tx.user.updateMany({ where: { id: link.userId, email: link.email, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    const verified = count === 1 || (await tx.user.count({ where: { id: link.userId, email: link.email } })) === 1;
    return verified ? { ok: true as const, email: link.email } : { ok: false as const, refusal: "linkInvalid" as const };
  });
}
