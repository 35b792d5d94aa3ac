import { z } from "zod";
import type { CurrentUser } from "../../auth/current-user";
import { promotionEmails, queueRegistrationEmails } from "../../jobs/registration-email-jobs";
import type { PrismaClient } from "../../prisma-client";
import { lockSession } from "../../registration/lock-session";
import { promoteFromWaitingList } from "../../registration/promote-from-waiting-list";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { recordIdSchema, refuse, type RegistrationsRefusal } from "./registration-schemas";

export const cancelRegistrationOnBehalfSchema = z.object({ sessionId: recordIdSchema, registrationId: recordIdSchema });

export type CancelOnBehalfResult =
  | {
      ok: true;
      registrationId: string;
      name: string;
      /** People moved from the waiting list into the freed place: email them after commit. */
      promotedRegistrationIds: string[];
    }
  | RegistrationsRefusal;

/**
 * An organiser cancels someone's registration for them (a phone call, an
 * email, a duplicate booking). Like the attendee's own cancellation
 * (lib/registration/cancel-registration.ts) it holds the session lock and
 * gives a freed confirmed place to the first person waiting, in the same
 * transaction; unlike it, an organiser may also tidy up after the session has
 * started, when nobody is promoted any more (the place can no longer be used).
 * The registration id is looked up within the session named in the request.
 */
export async function cancelRegistrationOnBehalf(db: PrismaClient, actor: CurrentUser, input: unknown, now: Date = new Date()): Promise<CancelOnBehalfResult> {
  assertOrganiser(actor);
  const parsed = cancelRegistrationOnBehalfSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid");
  const { sessionId, registrationId } = parsed.data;

  return db.$transaction(
    async (tx): Promise<CancelOnBehalfResult> => {
      const session = await lockSession(tx, sessionId);
      if (!session) return refuse("sessionNotFound");
      const registration = await tx.registration.findFirst({
        where: { id: registrationId, sessionId },
        select: {
          id: true,
          status: true,
          waitlistPosition: true,
          attendance: true,
          user: { select: { name: true } },
          session: { select: { title: true } },
        },
      });
      if (!registration) return refuse("registrationNotFound");
      if (registration.status === "CANCELLED") return refuse("alreadyCancelled");

      await tx.registration.update({
        where: { id: registration.id },
        data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now },
      });
      await tx.accessRequest.deleteMany({ where: { registrationId: registration.id } });
      const title = registration.session.title;
      await recordAuditEntry(tx, actor, {
        action: "registration.cancel",
        entityType: "registration",
        entityId: registration.id,
        summary: `${registration.user.name}’s registration on “${title}” cancelled on their behalf`,
        before: { status: registration.status, waitlistPosition: registration.waitlistPosition, attendance: registration.attendance },
        after: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now },
      });

      const freesUsablePlace = registration.status === "CONFIRMED" && session.status === "PUBLISHED" && session.startsAt > now;
      const promotedRegistrationIds = freesUsablePlace ? await promoteFromWaitingList(tx, session, now) : [];
      if (promotedRegistrationIds.length > 0) {
        const promoted = await tx.registration.findMany({
          where: { id: { in: promotedRegistrationIds } },
          select: { id: true, user: { select: { name: true } } },
        });
        for (const person of promoted) {
          await recordAuditEntry(tx, actor, {
            action: "registration.promote",
            entityType: "registration",
            entityId: person.id,
            summary: `${person.user.name} given the freed place on “${title}” from the waiting list, in turn`,
            before: { status: "WAITLISTED" },
            after: { status: "CONFIRMED", waitlistPosition: null, promotedAt: now },
          });
        }
      }
      await queueRegistrationEmails(tx, [{ kind: "REGISTRATION_CANCELLED", registrationId: registration.id }, ...promotionEmails(promotedRegistrationIds)]);
      return { ok: true, registrationId: registration.id, name: registration.user.name, promotedRegistrationIds };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
