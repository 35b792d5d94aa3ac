import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import { sendEmail } from "../../email/send-email";
import { siteUrl } from "../../env";
import type { PrismaClient } from "../../generated/prisma/client";
import { Prisma } from "../../generated/prisma/client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { organiserInvitationEmail } from "./invitation-email";
import { fieldErrorsOf, promoteOrganiserSchema, type FieldErrors } from "./organiser-schemas";
import { organiserText } from "./organiser-text";

export type PromoteOrganiserResult =
  | { ok: true; outcome: "promoted"; email: string; name: string }
  | { ok: true; outcome: "invited"; email: string; emailSent: boolean }
  | { ok: false; fieldErrors: FieldErrors; email?: string };

/**
 * Makes the person with this email address an organiser; if nobody has an
 * account with it, records an invitation (they become an organiser when they
 * sign up with it, see lib/auth/create-account.ts) and emails it to them.
 */
export async function promoteOrganiser(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<PromoteOrganiserResult> {
  assertOrganiser(actor);
  const parsed = promoteOrganiserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email } = parsed.data;
  if (email === actor.email.toLowerCase()) return { ok: false, fieldErrors: { email: "yourself" }, email };
  const t = organiserText();

  let outcome: Exclude<PromoteOrganiserResult, { ok: true; outcome: "invited" }> | { ok: true; outcome: "invited"; email: string };
  try {
    outcome = await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, role: true } });
      if (user) {
        if (user.role === "ORGANISER") return { ok: false as const, fieldErrors: { email: "alreadyOrganiser" }, email };
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
      if (existing && !existing.acceptedAt) return { ok: false as const, fieldErrors: { email: "alreadyInvited" }, email };
      // An invitation accepted by an account that has since been deleted is spent: start afresh.
      if (existing) await tx.organiserInvitation.delete({ where: { id: existing.id } });
      const invitation = await tx.organiserInvitation.create({ data: { email, invitedById: actor.id }, select: { id: true } });
      await recordAuditEntry(tx, actor, {
        action: "organiser.invite",
        entityType: "user",
        entityId: invitation.id,
        summary: t("audit.invited", { email }),
        before: { email, role: null },
        after: { email, role: "ORGANISER", invitation: "pending" },
      });
      return { ok: true as const, outcome: "invited" as const, email };
    });
  } catch (error) {
    // Two organisers inviting the same address at once: the unique email settles it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, fieldErrors: { email: "alreadyInvited" }, email };
    throw error;
  }
  if (!outcome.ok || outcome.outcome === "promoted") return outcome;

  // Sent after the invitation is saved: if the mail server is down the invitation still stands.
  try {
    await sendEmail(organiserInvitationEmail({ email, invitedBy: actor.name, siteUrl: siteUrl() }));
    return { ...outcome, emailSent: true };
  } catch (error) {
    console.error(`Could not send the organiser invitation to ${email}:`, error);
    return { ...outcome, emailSent: false };
  }
}
