import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import { createEmailLink, linkUrl } from "../../auth/email-links";
import { correspondenceLocales } from "../../email/email-text";
import { sendEmail } from "../../email/send-email";
import type { Result } from "../../forms/result";
import { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../../generated/prisma/client";
import type { CorrespondenceLanguage } from "../../generated/prisma/enums";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { organiserInvitationEmail } from "./invitation-email";
import { fieldErrorsOf, promoteOrganiserSchema } from "./organiser-schemas";
import { organiserText } from "./organiser-text";

/** A field problem with an address typed carries it as the value {email}. */
export type PromoteOrganiserResult = Result<
  { outcome: "promoted"; email: string; name: string } | { outcome: "invited" | "reinvited"; email: string; emailSent: boolean; expiresAt: Date },
  never
>;

export type PromoteContext = { siteUrl: string; key: string; now?: Date };

/**
 * Gives the organiser role to the account with this email address, but only
 * when that address has been verified (its owner opened a link sent to it).
 * Otherwise (no account, or an account whose address nobody has proved) it
 * emails the address a one-use invitation link, and the role goes to whoever
 * accepts it there: that proves they read the mailbox. Someone who signed up
 * first with an address that is not theirs therefore never becomes an
 * organiser when the real owner is invited. Inviting an address again sends
 * a new link and voids the old one.
 */
export async function promoteOrganiser(db: PrismaClient, actor: CurrentUser, input: unknown, context: PromoteContext): Promise<PromoteOrganiserResult> {
  assertOrganiser(actor);
  const parsed = promoteOrganiserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email } = parsed.data;
  if (email === actor.email.toLowerCase()) return { ok: false, fieldErrors: { email: "yourself" }, values: { email } };
  const t = organiserText();
  const now = context.now ?? new Date();

  type Invited = { ok: true; outcome: "invited" | "reinvited"; email: string; secret: string; expiresAt: Date; language: CorrespondenceLanguage | null };
  let outcome: Exclude<PromoteOrganiserResult, { outcome: "invited" | "reinvited" }> | Invited;
  try {
    outcome = await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, role: true, emailVerifiedAt: true, language: true } });
      if (user?.role === "ORGANISER") return { ok: false as const, fieldErrors: { email: "alreadyOrganiser" }, values: { email } };
      if (user?.emailVerifiedAt) {
        await tx.user.update({ where: { id: user.id }, data: { role: "ORGANISER" } });
        // An invitation to this address is no longer needed.
        await tx.organiserInvitation.deleteMany({ where: { email, acceptedAt: null } });
        await recordAuditEntry(tx, actor, {
          action: "organiser.promote",
          entityType: "user",
          entityId: user.id,
          summary: t("audit.promoted", { email }),
          before: { email, role: user.role },
          after: { email, role: "ORGANISER" },
        });
        return { ok: true as const, outcome: "promoted" as const, email, name: user.name };
      }
      const existing = await tx.organiserInvitation.findUnique({ where: { email }, select: { id: true, acceptedAt: true } });
      // An invitation accepted by an account that has since lost the role or been deleted is spent: start afresh.
      if (existing?.acceptedAt) await tx.organiserInvitation.delete({ where: { id: existing.id } });
      const pending = existing && !existing.acceptedAt ? existing : null;
      const invitation = pending ?? (await tx.organiserInvitation.create({ data: { email, invitedById: actor.id }, select: { id: true } }));
      // Only the newest link works.
      await tx.emailToken.deleteMany({ where: { invitationId: invitation.id, usedAt: null } });
      const link = await createEmailLink(tx, context.key, { purpose: "ORGANISER_INVITATION", email, invitationId: invitation.id }, now);
      await recordAuditEntry(tx, actor, {
        action: pending ? "organiser.invite.resend" : "organiser.invite",
        entityType: "user",
        entityId: invitation.id,
        summary: t(pending ? "audit.reinvited" : "audit.invited", { email }),
        before: { email, role: user?.role ?? null, ...(pending ? { invitation: "pending" } : {}) },
        after: { email, role: "ORGANISER", invitation: "pending", expiresAt: link.expiresAt },
      });
      return {
        ok: true as const,
        outcome: pending ? ("reinvited" as const) : ("invited" as const),
        email,
        secret: link.secret,
        expiresAt: link.expiresAt,
        language: user?.language ?? null,
      };
    });
  } catch (error) {
    // Two organisers inviting the same address at once: the unique email settles it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, fieldErrors: { email: "alreadyInvited" }, values: { email } };
    throw error;
  }
  if (!outcome.ok || outcome.outcome === "promoted") return outcome;

  // Sent after the invitation is saved: if the mail server is down the organiser can send it again.
  const { secret, language, ...invited } = outcome;
  // The account's language if the address has one; otherwise both, Welsh first: nobody has chosen yet.
  const locales = language ? correspondenceLocales(language) : (["cy", "en"] as const);
  try {
    await sendEmail(
      organiserInvitationEmail({
        email,
        invitedBy: actor.name,
        url: (locale) => linkUrl(context.siteUrl, "ORGANISER_INVITATION", secret, locale),
        expiresAt: invited.expiresAt,
        locales,
      }),
    );
    return { ...invited, emailSent: true };
  } catch (error) {
    console.error(`Could not send the organiser invitation to ${email}:`, error);
    return { ...invited, emailSent: false };
  }
}
