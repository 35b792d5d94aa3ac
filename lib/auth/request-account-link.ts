import { correspondenceLocales } from "../email/email-text";
import type { EmailMessage } from "../email/send-email";
import { sendEmail } from "../email/send-email";
import type { Result } from "../forms/result";
import { safeReturnPath } from "../http/safe-return-path";
import type { AppLocale } from "../i18n/locales";
import type { PrismaClient } from "../prisma-client";
import { reserveAttempt, type Limit } from "../rate-limit/attempts";
import { alreadyRegisteredEmail, noAccountEmail, passwordResetEmail, signUpLinkEmail, verifyEmailLinkEmail } from "./account-emails";
import { emailOnlySchema, fieldErrorsOf } from "./account-schemas";
import { createEmailLink, linkUrl } from "./email-links";

// Asking for a link by email: to finish signing up, or to set a new password.
// The answer on the page is the same whether or not the address has an
// account (the email differs: a link, or a note saying there is already an
// account / there is none), so nobody can use these forms to learn who has an
// account. Each is limited per address and per email, so neither can be used
// to flood someone's inbox.

export type LinkRequestResult = Result<{ email: string }, "tooManyRequests" | "emailNotSent">;

export type LinkRequestContext = {
  /** The client's address (lib/http/client-address.ts); null when unknown. */
  address: string | null;
  /** NEXTAUTH_SECRET, which keys the links' stored hashes. */
  key: string;
  siteUrl: string;
  /** The language of the page the request came from: the email's language when the address has no account. */
  locale: AppLocale;
  send?: (message: EmailMessage) => Promise<unknown>;
  now?: Date;
};

const HOUR_MS = 60 * 60_000;
/**
 * Links asked for from one address in an hour. High, because a council's
 * whole staff share one address and may all sign up the morning booking
 * opens; what protects a person's inbox is the per-email limit below.
 */
export const MAX_LINK_REQUESTS_PER_ADDRESS = 500;
/** Links of one kind sent to one email address in an hour. */
export const MAX_LINK_REQUESTS_PER_EMAIL = 3;

function linkLimits(kind: string, email: string, address: string | null): Limit[] {
  return [
    { key: `link:${kind}:email:${email}`, max: MAX_LINK_REQUESTS_PER_EMAIL, windowMs: HOUR_MS },
    ...(address ? [{ key: `link:address:${address}`, max: MAX_LINK_REQUESTS_PER_ADDRESS, windowMs: HOUR_MS }] : []),
  ];
}

async function requestLink(
  db: PrismaClient,
  input: unknown,
  context: LinkRequestContext,
  kind: "sign-up" | "reset",
  compose: (email: string, account: { id: string } | null, locales: AppLocale[]) => Promise<EmailMessage>,
): Promise<LinkRequestResult> {
  const parsed = emailOnlySchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email } = parsed.data;
  const verdict = await reserveAttempt(db, linkLimits(kind, email, context.address), context.now);
  if (!verdict.allowed) return { ok: false, refusal: "tooManyRequests" };
  const account = await db.user.findUnique({ where: { email }, select: { id: true, language: true } });
  // The account holder's chosen language; for an address we do not know, the page's.
  const locales = account ? correspondenceLocales(account.language) : [context.locale];
  try {
    await (context.send ?? sendEmail)(await compose(email, account, locales));
  } catch (error) {
    console.error(`Could not send the ${kind} email to ${email}:`, error);
    return { ok: false, refusal: "emailNotSent" };
  }
  return { ok: true, email };
}

/** Step one of signing up: a link to finish (or, for an address with an account, a note saying so). */
export function requestSignUpLink(db: PrismaClient, input: { email?: unknown; returnTo?: unknown }, context: LinkRequestContext): Promise<LinkRequestResult> {
  return requestLink(db, input, context, "sign-up", async (email, account, locales) => {
    if (account) return alreadyRegisteredEmail(email, context.siteUrl, locales);
    const returnTo = safeReturnPath(input.returnTo, "/account", context.siteUrl);
    const link = await createEmailLink(db, context.key, { purpose: "SIGN_UP", email, payload: { returnTo } }, context.now);
    return signUpLinkEmail(email, linkUrl(context.siteUrl, "SIGN_UP", link.secret, context.locale), locales);
  });
}

/** A link to set a new password (or, for an address with no account, a note saying so). */
export function requestPasswordReset(db: PrismaClient, input: unknown, context: LinkRequestContext): Promise<LinkRequestResult> {
  return requestLink(db, input, context, "reset", async (email, account, locales) => {
    if (!account) return noAccountEmail(email, context.siteUrl, locales);
    const link = await createEmailLink(db, context.key, { purpose: "RESET_PASSWORD", email, userId: account.id }, context.now);
    return passwordResetEmail(email, linkUrl(context.siteUrl, "RESET_PASSWORD", link.secret, locales[0] ?? context.locale), locales);
  });
}

export type VerificationRequestResult = Result<{ email: string }, "alreadyVerified" | "tooManyRequests" | "emailNotSent">;

/** A link to confirm the signed-in person's own address (accounts made before sign-up links existed). */
export async function requestEmailVerification(
  db: PrismaClient,
  userId: string,
  context: Omit<LinkRequestContext, "address">,
): Promise<VerificationRequestResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, emailVerifiedAt: true, language: true } });
  if (!user) return { ok: false, refusal: "alreadyVerified" };
  if (user.emailVerifiedAt) return { ok: false, refusal: "alreadyVerified" };
  const verdict = await reserveAttempt(db, linkLimits("verify", user.email, null), context.now);
  if (!verdict.allowed) return { ok: false, refusal: "tooManyRequests" };
  const link = await createEmailLink(db, context.key, { purpose: "VERIFY_EMAIL", email: user.email, userId: user.id }, context.now);
  try {
    const locales = correspondenceLocales(user.language);
    await (context.send ?? sendEmail)(verifyEmailLinkEmail(user.email, linkUrl(context.siteUrl, "VERIFY_EMAIL", link.secret, locales[0] ?? "en"), locales));
  } catch (error) {
    console.error(`Could not send the confirmation email to ${user.email}:`, error);
    return { ok: false, refusal: "emailNotSent" };
  }
  return { ok: true, email: user.email };
}
