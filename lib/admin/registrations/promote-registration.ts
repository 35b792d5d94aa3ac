import { z } from "zod";
import type { CurrentUser } from "../../auth/current-user";
import { queueRegistrationEmails } from "../../jobs/registration-email-jobs";
import type { PrismaClient } from "../../prisma-client";
import { countConfirmed, lockSession } from "../../registration/lock-session";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { recordIdSchema, refuse, type RegistrationsRefusal } from "./registration-schemas";

export const promoteRegistrationSchema = z.object({ sessionId: recordIdSchema, registrationId: recordIdSchema });

export type PromoteRegistrationResult =
  | {
      ok: true;
      registrationId: string;
      name: string;
      /** Whether the "a place has come up" email was queued: only for a published session not yet started. */
      notify: boolean;
    }
  | RegistrationsRefusal;

/**
 * An organiser gives one particular person on the waiting list a confirmed
 * place (out of turn if they choose: someone at the door, say). Only while a
 * place is free: when the session is full the organiser must raise its
 * capacity first, a deliberate decision made on the session's edit page.
 * Takes the session lock, like every change to places, so two organisers (or
 * an organiser and a late cancellation) cannot both fill the last place.
 */
export async function promoteRegistration(db: PrismaClient, actor: CurrentUser, input: unknown, now: Date = new Date()): Promise<PromoteRegistrationResult> {
  assertOrganiser(actor);
  const parsed = promoteRegistrationSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid");
  const { sessionId, registrationId } = parsed.data;

  return db.$transaction(
    async (tx): Promise<PromoteRegistrationResult> => {
      const session = await lockSession(tx, sessionId);
      if (!session) return refuse("sessionNotFound");
      if (session.status === "CANCELLED") return refuse("sessionCancelled");
      const registration = await tx.registration.findFirst({
        where: { id: registrationId, sessionId },
        select: { id: true, status: true, waitlistPosition: true, user: { select: { name: true } }, session: { select: { title: true } } },
      });
      if (!registration) return refuse("registrationNotFound");
      if (registration.status !== "WAITLISTED") return refuse("notOnWaitingList");
      if (session.capacity !== null && (await countConfirmed(tx, session.id)) >= session.capacity) return refuse("sessionFull");

      await tx.registration.update({
        where: { id: registration.id },
        data: { status: "CONFIRMED", waitlistPosition: null, promotedAt: now },
      });
      await recordAuditEntry(tx, actor, {
        action: "registration.promote",
        entityType: "registration",
        entityId: registration.id,
        summary: `${registration.user.name} given a confirmed place from the waiting list on “${registration.session.title}”`,
        before: { status: registration.status, waitlistPosition: registration.waitlistPosition },
        after: { status: "CONFIRMED", waitlistPosition: null, promotedAt: now },
      });
      const notify = session.status === "PUBLISHED" && session.startsAt > now;
      if (notify) await queueRegistrationEmails(tx, [{ kind: "PROMOTED", registrationId: registration.id }]);
      return { ok: true, registrationId: registration.id, name: registration.user.name, notify };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
