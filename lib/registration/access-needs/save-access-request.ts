import { fieldErrorsOf } from "../../forms/field-errors";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { accessRequestSchema } from "./access-request-form";

export type SaveAccessRequestResult = Result<{ saved: "saved" | "removed" }, "registrationNotFound" | "sessionOver">;

/**
 * Saves what the person needs to take part in a session they booked (a
 * confirmed place or the waiting list), replacing what they said before;
 * nothing ticked and nothing written removes it. Only their own booking (the
 * user id comes from their session, in the where clause) and only until the
 * session ends.
 */
export async function saveAccessRequest(db: PrismaClient, userId: string, input: unknown, now: Date = new Date()): Promise<SaveAccessRequestResult> {
  const parsed = accessRequestSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    if (fieldErrors.registrationId) return { ok: false, refusal: "registrationNotFound" };
    return { ok: false, fieldErrors };
  }
  const { registrationId, needs, other } = parsed.data;
  const registration = await db.registration.findFirst({
    where: { id: registrationId, userId, status: { not: "CANCELLED" } },
    select: { id: true, session: { select: { endsAt: true } } },
  });
  if (!registration) return { ok: false, refusal: "registrationNotFound" };
  if (registration.session.endsAt <= now) return { ok: false, refusal: "sessionOver" };
  if (needs.length === 0) {
    await db.accessRequest.deleteMany({ where: { registrationId } });
    return { ok: true, saved: "removed" };
  }
  await db.accessRequest.upsert({ where: { registrationId }, create: { registrationId, needs, other }, update: { needs, other } });
  return { ok: true, saved: "saved" };
}
