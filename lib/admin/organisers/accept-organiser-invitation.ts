import "server-only";
import type { AuthenticatedUser } from "../../auth/authenticate";
import { accountFromLink, insertAccount } from "../../auth/create-account";
import type { CurrentUser } from "../../auth/current-user";
import { findLiveLink, spendLink, type LiveLink } from "../../auth/email-links";
import type { Result } from "../../forms/result";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { recordAuditEntry } from "../audit-log";
import { organiserText } from "./organiser-text";

// Accepting an organiser invitation from its emailed link. The link proves
// the person reads the invited mailbox; the role goes to the account with
// that address: the one they are signed in to, or one they create here.

export type InvitationView = { email: string; invitedBy: string | null; expiresAt: Date; accountExists: boolean };

/** What the invitation page shows; null for a link that is expired, used or withdrawn. */
export async function findOrganiserInvitation(db: PrismaClient, secret: unknown, key: string, now: Date = new Date()): Promise<InvitationView | null> {
  const link = await findLiveLink(db, key, "ORGANISER_INVITATION", secret, now);
  if (!link?.invitationId) return null;
  const invitation = await db.organiserInvitation.findFirst({
    where: { id: link.invitationId, acceptedAt: null },
    select: { invitedBy: { select: { name: true } } },
  });
  if (!invitation) return null;
  const account = await db.user.findUnique({ where: { email: link.email }, select: { id: true } });
  return { email: link.email, invitedBy: invitation.invitedBy?.name ?? null, expiresAt: link.expiresAt, accountExists: account !== null };
}

/** Inside the transaction: spends the link and marks its invitation accepted; null if either is gone. */
async function takeInvitation(tx: Prisma.TransactionClient, key: string, secret: unknown, now: Date): Promise<LiveLink | null> {
  const link = await spendLink(tx, key, "ORGANISER_INVITATION", secret, now);
  if (!link?.invitationId) return null;
  const { count } = await tx.organiserInvitation.updateMany({ where: { id: link.invitationId, acceptedAt: null }, data: { acceptedAt: now } });
  return count === 1 ? link : null;
}

async function recordAcceptance(tx: Prisma.TransactionClient, organiser: AuthenticatedUser, previousRole: string | null) {
  const actor: CurrentUser = { id: organiser.id, email: organiser.email, name: organiser.name, role: "ORGANISER" };
  await recordAuditEntry(tx, actor, {
    action: "organiser.accept",
    entityType: "user",
    entityId: organiser.id,
    summary: organiserText()("audit.accepted", { email: organiser.email }),
    before: { email: organiser.email, role: previousRole, invitation: "pending" },
    after: { email: organiser.email, role: "ORGANISER", invitation: "accepted" },
  });
}

export type AcceptInvitationResult = Result<{ user: AuthenticatedUser }, "linkInvalid" | "wrongAccount">;

/** The signed-in person accepts: only when the invitation is for their own address. */
export async function acceptOrganiserInvitation(
  db: PrismaClient,
  caller: CurrentUser,
  secret: unknown,
  key: string,
  now: Date = new Date(),
): Promise<AcceptInvitationResult> {
  const preview = await findLiveLink(db, key, "ORGANISER_INVITATION", secret, now);
  if (!preview) return { ok: false, refusal: "linkInvalid" };
  if (preview.email !== caller.email.toLowerCase()) return { ok: false, refusal: "wrongAccount" };
  return db.$transaction(async (tx) => {
    const link = await takeInvitation(tx, key, secret, now);
    if (!link || link.email !== caller.email.toLowerCase()) return { ok: false as const, refusal: "linkInvalid" as const };
    const before = await tx.user.findUniqueOrThrow({ where: { id: caller.id }, select: { role: true, emailVerifiedAt: true } });
    const user = await tx.user.update({
      where: { id: caller.id },
      // Opening the link proved the address as well.
      data: { role: "ORGANISER", emailVerifiedAt: before.emailVerifiedAt ?? now },
      select: { id: true, email: true, name: true, role: true, sessionVersion: true },
    });
    await recordAcceptance(tx, user, before.role);
    return { ok: true as const, user };
  });
}

export type AcceptWithNewAccountResult = Result<{ user: AuthenticatedUser }, "linkInvalid" | "accountExists">;

/** Someone without an account accepts by creating one for the invited address (verified, an organiser from the start). */
export async function acceptInvitationWithNewAccount(
  db: PrismaClient,
  secret: unknown,
  input: unknown,
  key: string,
  now: Date = new Date(),
): Promise<AcceptWithNewAccountResult> {
  return accountFromLink(db, input, async (tx, details) => {
    const preview = await findLiveLink(tx, key, "ORGANISER_INVITATION", secret, now);
    if (preview && (await tx.user.findUnique({ where: { email: preview.email }, select: { id: true } })))
      return { ok: false as const, refusal: "accountExists" as const };
    const link = await takeInvitation(tx, key, secret, now);
    if (!link) return { ok: false as const, refusal: "linkInvalid" as const };
    const user = await insertAccount(tx, { ...details, email: link.email, role: "ORGANISER", emailVerifiedAt: now });
    await recordAcceptance(tx, user, null);
    return { ok: true as const, user };
  });
}
