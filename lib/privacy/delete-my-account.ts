import { recordAuditEntry } from "../admin/audit-log";
import { verifyPassword } from "../auth/password";
import { fieldErrorsOf, type FieldErrors } from "../forms/field-errors";
import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { cancelRegistrationInTransaction } from "../registration/cancel-registration";
import { RegistrationError } from "../registration/registration-errors";
import { deleteAccountSchema } from "./delete-account-schema";
import { holderInitials } from "./holder-initials";
import { redactAuditMentions } from "./redact-audit-mentions";

export type DeleteAccountResult = Result<
  {
    /** Places released from sessions still to come. */
    cancelledRegistrations: number;
    /** People moved up from waiting lists into the released places: email them after commit. */
    promotedRegistrationIds: string[];
    /** Certificates that still verify, showing what the person chose. */
    certificatesKept: number;
  },
  "lastOrganiser" | "accountGone"
>;

/**
 * Deletes the person's own account, after checking their password and their
 * confirmation (nothing is written otherwise), in one transaction:
 * - each confirmed or waiting place on a session still to come is cancelled
 *   exactly as the person cancelling it would (session lock, the freed place to
 *   the next person waiting), sessions taken in id order so that two deletions
 *   cannot deadlock;
 * - issued certificates stay verifiable, without the registration number and
 *   with the name or initials as chosen (Certificate.userId becomes null);
 * - organisers' audit entries about the person stop naming them;
 * - CPD entries, recorded discussions of learning with a manager, failed
 *   sign-ins for their email address and the user row are deleted;
 *   registrations (past ones too) go with the user row, so past attendance
 *   figures no longer count them;
 * - an organiser may leave only if another organiser remains (organiser rows
 *   are locked in id order, as removing the role does); their own audit
 *   entries keep their email address, and their leaving is itself audited.
 */
export async function deleteMyAccount(db: PrismaClient, userId: string, input: unknown, now: Date = new Date()): Promise<DeleteAccountResult> {
  const parsed = deleteAccountSchema.safeParse(input);
  const fieldErrors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const password =
    typeof (input as { currentPassword?: unknown } | null)?.currentPassword === "string" ? (input as { currentPassword: string }).currentPassword : "";
  if (!fieldErrors.currentPassword) {
    const stored = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
    if (!stored) return { ok: false, refusal: "accountGone" };
    if (!stored.passwordHash || !(await verifyPassword(stored.passwordHash, password))) fieldErrors.currentPassword = "currentPasswordWrong";
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const { certificateName } = parsed.data;

  return db.$transaction(
    async (tx): Promise<DeleteAccountResult> => {
      const [user] = await tx.$queryRaw<{ id: string; email: string; name: string; role: "ATTENDEE" | "ORGANISER" }[]>`
        SELECT id, email, name, role::text AS role FROM "User" WHERE id = ${userId} FOR UPDATE`;
      if (!user) return { ok: false, refusal: "accountGone" };
      if (user.role === "ORGANISER") {
        // In id order, like removing the role, so concurrent changes cannot deadlock.
        const organisers = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ORGANISER' ORDER BY id FOR UPDATE`;
        if (organisers.length <= 1) return { ok: false, refusal: "lastOrganiser" };
      }

      const places = await tx.registration.findMany({
        where: { userId, status: { in: ["CONFIRMED", "WAITLISTED"] }, session: { startsAt: { gt: now } } },
        orderBy: { sessionId: "asc" },
        select: { id: true, sessionId: true },
      });
      const promotedRegistrationIds: string[] = [];
      let cancelledRegistrations = 0;
      for (const place of places) {
        try {
          const outcome = await cancelRegistrationInTransaction(tx, { userId, registrationId: place.id, sessionId: place.sessionId }, now);
          promotedRegistrationIds.push(...outcome.promotedRegistrationIds);
          cancelledRegistrations += 1;
        } catch (error) {
          // The session was moved to start already while we waited for its lock:
          // nobody can use the place any more, and the row goes with the account.
          if (!(error instanceof RegistrationError)) throw error;
        }
      }

      const certificates = await tx.certificate.findMany({ where: { userId }, select: { id: true, holderName: true } });
      for (const certificate of certificates) {
        await tx.certificate.update({
          where: { id: certificate.id },
          data: { holderName: certificateName === "name" ? certificate.holderName : holderInitials(certificate.holderName), registrationNumber: null },
        });
      }

      const registrationIds = (await tx.registration.findMany({ where: { userId }, select: { id: true } })).map((registration) => registration.id);
      await redactAuditMentions(tx, {
        userId,
        email: user.email,
        registrationIds,
        certificateIds: certificates.map((certificate) => certificate.id),
        names: [...new Set([user.name, ...certificates.map((certificate) => certificate.holderName)])],
      });
      if (user.role === "ORGANISER") {
        await recordAuditEntry(tx, user, {
          action: "organiser.closeAccount",
          entityType: "user",
          entityId: user.id,
          summary: `${user.email} closed their organiser account`,
          before: { email: user.email, role: "ORGANISER" },
        });
      }

      // Counted attempts that name the person (their address or id); links sent to the address.
      await tx.rateLimitAttempt.deleteMany({ where: { OR: [{ key: { endsWith: `:${user.email}` } }, { key: `check-in:${userId}` }] } });
      await tx.emailToken.deleteMany({ where: { email: user.email } });
      await tx.organiserInvitation.deleteMany({ where: { email: user.email } });
      await tx.cpdEntry.deleteMany({ where: { userId } });
      await tx.learningDiscussion.deleteMany({ where: { userId } });
      // Registrations go with the row (cascade); certificates, audit entries and invitations sent keep theirs as null.
      await tx.user.delete({ where: { id: userId } });
      return { ok: true, cancelledRegistrations, promotedRegistrationIds, certificatesKept: certificates.length };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
