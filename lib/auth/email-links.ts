import { createHmac, randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import type { EmailTokenPurpose } from "../generated/prisma/enums";
import { localisePath } from "../i18n/locale-paths";
import type { AppLocale } from "../i18n/locales";
import type { PrismaClient } from "../prisma-client";

// Links sent by email that prove the person can read that mailbox: finishing
// a sign-up, confirming an address, resetting a password, accepting an
// organiser invitation. Each carries 256 random bits; the database keeps only
// an HMAC of them under NEXTAUTH_SECRET (a copy of the database opens no
// link, and a guess cannot be checked offline). A link works once, before it
// expires, for the purpose it was made for. Opening one never changes
// anything by itself: the page it leads to has a button, because mail
// scanners (Microsoft Safe Links on council laptops) open every link first.

export const LINK_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  SIGN_UP: 24 * 60 * 60_000,
  VERIFY_EMAIL: 24 * 60 * 60_000,
  RESET_PASSWORD: 60 * 60_000,
  ORGANISER_INVITATION: 7 * 24 * 60 * 60_000,
  CHANGE_EMAIL: 24 * 60 * 60_000,
  // A colleague may be on leave or rota'd off: a month to answer.
  PEER_CONFIRMATION: 30 * 24 * 60 * 60_000,
};

/** Where each kind of link leads; the secret goes in `?token=`. */
export const LINK_PATH: Record<EmailTokenPurpose, string> = {
  SIGN_UP: "/sign-up/finish",
  VERIFY_EMAIL: "/verify-email",
  RESET_PASSWORD: "/reset-password",
  ORGANISER_INVITATION: "/organiser-invitation",
  CHANGE_EMAIL: "/change-email",
  PEER_CONFIRMATION: "/peer-confirmation",
};

/** A link secret has this shape: 43 base64url characters. Anything else is not one of ours. */
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function hashLinkSecret(secret: string, key: string): string {
  return createHmac("sha256", key).update(`cpd-week email link\n${secret}`).digest("base64url");
}

/** The link's address, its page in `locale` (the language of the email it goes in). */
export function linkUrl(siteUrl: string, purpose: EmailTokenPurpose, secret: string, locale: AppLocale): string {
  return `${siteUrl}${localisePath(LINK_PATH[purpose], locale)}?token=${secret}`;
}

type Db = PrismaClient | Prisma.TransactionClient;

export type NewLink = { secret: string; expiresAt: Date };

/** Saves a new link for `email` and returns its secret, to be put in the email and nowhere else. */
export async function createEmailLink(
  db: Db,
  key: string,
  link: { purpose: EmailTokenPurpose; email: string; userId?: string; invitationId?: string; peerConfirmationId?: string; payload?: Prisma.InputJsonValue },
  now: Date = new Date(),
): Promise<NewLink> {
  const secret = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[link.purpose]);
  await db.emailToken.create({ data: { ...link, tokenHash: hashLinkSecret(secret, key), expiresAt, createdAt: now } });
  return { secret, expiresAt };
}

const liveLinkSelect = {
  id: true,
  purpose: true,
  email: true,
  userId: true,
  invitationId: true,
  peerConfirmationId: true,
  payload: true,
  expiresAt: true,
} as const;
export type LiveLink = Prisma.EmailTokenGetPayload<{ select: typeof liveLinkSelect }>;

/** The link this secret opens, if it is one of `purpose`, unused and unexpired (for showing the page; nothing is changed). */
export async function findLiveLink(db: Db, key: string, purpose: EmailTokenPurpose, secret: unknown, now: Date = new Date()): Promise<LiveLink | null> {
  if (typeof secret !== "string" || !SECRET_SHAPE.test(secret)) return null;
  return db.emailToken.findFirst({ where: { tokenHash: hashLinkSecret(secret, key), purpose, usedAt: null, expiresAt: { gt: now } }, select: liveLinkSelect });
}

/**
 * Uses the link up, inside the transaction that does what it was for: of two
 * people (or two clicks) using it at once, exactly one gets it; null for
 * everyone else, and for a link that is used, expired or not of `purpose`.
 */
export async function spendLink(
  tx: Prisma.TransactionClient,
  key: string,
  purpose: EmailTokenPurpose,
  secret: unknown,
  now: Date = new Date(),
): Promise<LiveLink | null> {
  const link = await findLiveLink(tx, key, purpose, secret, now);
  if (!link) return null;
  const { count } = await tx.emailToken.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? link : null;
}
