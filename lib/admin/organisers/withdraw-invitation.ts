import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { withdrawInvitationSchema } from "./organiser-schemas";
import { organiserText } from "./organiser-text";

export type WithdrawInvitationResult = Result<{ email: string }, "invitationGone">;

/** Withdraws an invitation not yet accepted; signing up with that address then gives an ordinary account. */
export async function withdrawInvitation(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<WithdrawInvitationResult> {
  assertOrganiser(actor);
  const parsed = withdrawInvitationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, refusal: "invitationGone" };
  const { invitationId } = parsed.data;
  return db.$transaction(async (tx) => {
    const invitation = await tx.organiserInvitation.findFirst({ where: { id: invitationId, acceptedAt: null }, select: { id: true, email: true } });
    if (!invitation) return { ok: false as const, refusal: "invitationGone" as const };
    // Conditional on still being pending, so an invitation accepted a moment ago is not rewritten.
    const { count } = await tx.organiserInvitation.deleteMany({ where: { id: invitation.id, acceptedAt: null } });
    if (count === 0) return { ok: false as const, refusal: "invitationGone" as const };
    await recordAuditEntry(tx, actor, {
      action: "organiser.invite.withdraw",
      entityType: "user",
      entityId: invitation.id,
      summary: organiserText()("audit.withdrawn", { email: invitation.email }),
      before: { email: invitation.email, role: "ORGANISER", invitation: "pending" },
      after: { email: invitation.email, role: null, invitation: "withdrawn" },
    });
    return { ok: true as const, email: invitation.email };
  });
}
