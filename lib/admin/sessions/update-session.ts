import type { CurrentUser } from "../../auth/current-user";
import type { Failed, Result } from "../../forms/result";
import { promotionEmails, queueRegistrationEmails } from "../../jobs/registration-email-jobs";
import type { PrismaClient } from "../../prisma-client";
import { countConfirmed, lockSession } from "../../registration/lock-session";
import { promoteFromWaitingList } from "../../registration/promote-from-waiting-list";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { checkSessionForm } from "./check-session-form";
import { fieldErrorsOf, sessionFormSchema, type FieldErrors } from "./session-form-schema";
import { isSlugConflict } from "./session-slug";
import { sessionSnapshot } from "./session-snapshot";

/** Field problems carry {confirmed}, the places booked, for a capacity below it; a session that has gone is the refusal "notFound". */
export type UpdateSessionResult = Result<{ promoted: number; notes: string[]; slug: string }, "notFound">;

/**
 * Saves the session form. Capacity may not drop below the places already
 * confirmed; raising it (or making places unlimited) on a published session
 * gives the new places to the waiting list in order, in the same transaction,
 * and queues the emails to those promoted in it too.
 */
export async function updateSession(
  db: PrismaClient,
  actor: CurrentUser,
  sessionId: string,
  input: unknown,
  now: Date = new Date(),
): Promise<UpdateSessionResult> {
  assertOrganiser(actor);
  const parsed = sessionFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const form = parsed.data;
  let outcome: { ok: true; promotedIds: string[]; notes: string[]; slug: string } | Failed<"notFound">;
  try {
    outcome = await db.$transaction(
      async (tx) => {
        // The same lock bookings take, so nobody books a place while capacity changes under them.
        const locked = await lockSession(tx, sessionId);
        if (!locked) return { ok: false as const, refusal: "notFound" as const };
        const before = await sessionSnapshot(tx, sessionId);
        const checked = await checkSessionForm(tx, form, sessionId);
        const fieldErrors: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors };
        const confirmed = await countConfirmed(tx, sessionId);
        const capacity = form.capacity === "" ? null : Number(form.capacity);
        if (capacity !== null && capacity < confirmed && !fieldErrors.capacity) fieldErrors.capacity = "capacityBelowConfirmed";
        if (!checked.ok || Object.keys(fieldErrors).length) return { ok: false as const, fieldErrors, values: { confirmed } };

        await tx.session.update({ where: { id: sessionId }, data: checked.data });
        await tx.sessionSpeaker.deleteMany({ where: { sessionId } });
        if (checked.speakers.length) await tx.sessionSpeaker.createMany({ data: checked.speakers.map((speaker) => ({ ...speaker, sessionId })) });
        const promotedIds = locked.status === "PUBLISHED" ? await promoteFromWaitingList(tx, { id: sessionId, capacity }, now) : [];
        await queueRegistrationEmails(tx, promotionEmails(promotedIds));
        await recordAuditEntry(tx, actor, {
          action: "session.update",
          entityType: "session",
          entityId: sessionId,
          summary: promotedIds.length ? `${checked.data.title} (${promotedIds.length} moved from the waiting list)` : checked.data.title,
          before,
          after: { ...(await sessionSnapshot(tx, sessionId)), promotedRegistrationIds: promotedIds },
        });
        return { ok: true as const, promotedIds, notes: checked.notes, slug: checked.data.slug };
      },
      { maxWait: 30_000, timeout: 30_000 },
    );
  } catch (error) {
    if (isSlugConflict(error)) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
  if (!outcome.ok) return outcome;
  return { ok: true, promoted: outcome.promotedIds.length, notes: outcome.notes, slug: outcome.slug };
}
