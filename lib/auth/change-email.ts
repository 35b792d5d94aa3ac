import { correspondenceLocales } from "../email/email-text";
import { sendEmail, type EmailMessage } from "../email/send-email";
import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { reserveAttempt } from "../rate-limit/attempts";
import { changeEmailLinkEmail, changeEmailTakenEmail, emailChangedNoticeEmail } from "./account-emails";
import { changeEmailSchema, fieldErrorsOf } from "./account-schemas";
import { createEmailLink, linkUrl, spendLink } from "./email-links";
import { verifyPassword } from "./password";
import { MAX_LINK_REQUESTS_PER_EMAIL } from "./request-account-link";

// Changing an account's email address. The new address counts only once its
// owner follows a link sent to it: until then the account keeps the old one
// (and its confirmation), so nobody can move an account to an address they
// do not read, or use a council address they do not own to book staff-only
// sessions (docs/decisions/0012-who-may-book.md).

export type ChangeEmailContext = { key: string; siteUrl: string; send?: (message: EmailMessage) => Promise<unknown>; now?: Date };

export type RequestEmailChangeResult = Result<{ email: string }, "tooManyRequests" | "emailNotSent">;

const HOUR_MS = 60 * 60_000;

/**
 * Sends a link to the new address, after checking the current password. The
 * page's answer is the same whether or not the new address has an account
 * (that email says so instead), so the form cannot be used to find accounts.
 */
export async function requestEmailChange(db: PrismaClient, userId: string, input: unknown, context: ChangeEmailContext): Promise<RequestEmailChangeResult> {
  const parsed = changeEmailSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { newEmail, password } = parsed.data;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, passwordHash: true, language: true } });
  if (!user) return { ok: false, fieldErrors: { password: "currentPasswordWrong" } };
  if (newEmail === user.email) return { ok: false, fieldErrors: { newEmail: "sameEmail" } };
  // Counted before the password is checked, so this form is no way round the sign-in limits for guessing it.
  const verdict = await reserveAttempt(
    db,
    [
      { key: `link:change:user:${user.id}`, max: MAX_LINK_REQUESTS_PER_EMAIL, windowMs: HOUR_MS },
      { key: `link:change:email:${newEmail}`, max: MAX_LINK_REQUESTS_PER_EMAIL, windowMs: HOUR_MS },
    ],
    context.now,
  );
  if (!verdict.allowed) return { ok: false, refusal: "tooManyRequests" };
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) return { ok: false, fieldErrors: { password: "currentPasswordWrong" } };
  const locales = correspondenceLocales(user.language);
  const taken = await db.user.findUnique({ where: { email: newEmail }, select: { id: true } });
  let message: EmailMessage;
  if (taken) {
    message = changeEmailTakenEmail(newEmail, context.siteUrl, locales);
  } else {
    const link = await createEmailLink(db, context.key, { purpose: "CHANGE_EMAIL", email: newEmail, userId: user.id }, context.now);
    message = changeEmailLinkEmail(newEmail, linkUrl(context.siteUrl, "CHANGE_EMAIL", link.secret, locales[0] ?? "en"), locales);
  }
  try {
    await (context.send ?? sendEmail)(message);
  } catch (error) {
    console.error(`Could not send the change-of-address email to ${newEmail}:`, error);
    return { ok: false, refusal: "emailNotSent" };
  }
  return { ok: true, email: newEmail };
}

export type ConfirmEmailChangeResult = Result<{ email: string }, "linkInvalid" | "emailTaken">;

/**
 * Moves the account to the link's address, now confirmed, and tells the old
 * address. Other links made for the old address (a password reset, say) stop
 * working: they were sent to a mailbox that is no longer the account's.
 */
export async function confirmEmailChange(db: PrismaClient, secret: unknown, context: ChangeEmailContext): Promise<ConfirmEmailChangeResult> {
  const now = context.now ?? new Date();
  const outcome = await db.$transaction(async (tx) => {
    const link = await spendLink(tx, context.key, "CHANGE_EMAIL", secret, now);
    if (!link?.userId) return { ok: false as const, refusal: "linkInvalid" as const };
    const user = await tx.user.findUnique({ where: { id: link.userId }, select: { email: true, language: true } });
    if (!user) return { ok: false as const, refusal: "linkInvalid" as const };
    if (await tx.user.findFirst({ where: { email: link.email, id: { not: link.userId } }, select: { id: true } })) {
      return { ok: false as const, refusal: "emailTaken" as const };
    }
    await tx.user.update({ where: { id: link.userId }, data: { email: link.email, emailVerifiedAt: now } });
    await tx.emailToken.updateMany({ where: { userId: link.userId, usedAt: null, email: user.email }, data: { usedAt: now } });
    return { ok: true as const, email: link.email, oldEmail: user.email, language: user.language };
  });
  if (!outcome.ok) return outcome;
  try {
    await (context.send ?? sendEmail)(emailChangedNoticeEmail(outcome.oldEmail, outcome.email, context.siteUrl, correspondenceLocales(outcome.language)));
  } catch (error) {
    // The change is made; the notice is a courtesy, and its failure is logged rather than undoing the change.
    console.error(`Could not tell ${outcome.oldEmail} of the change of address:`, error);
  }
  return { ok: true, email: outcome.email };
}

/** The address an account is being moved to, while its link is unused and unexpired (shown on the details page). */
export async function pendingEmailChange(db: PrismaClient, userId: string, now: Date = new Date()): Promise<string | null> {
  const link = await db.emailToken.findFirst({
    where: { userId, purpose: "CHANGE_EMAIL", usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { email: true },
  });
  return link?.email ?? null;
}
