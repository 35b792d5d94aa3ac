import { isUniqueViolation } from "../db-errors";
import { fieldErrorsOf } from "../forms/field-errors";
import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { feedbackFormSchema } from "./feedback-form";

export type GiveFeedbackResult = Result<object, "notAttended" | "notEnded" | "alreadyGiven">;

/** Where feedback may be given: the caller's own registration, marked attended, once its session has ended. */
export async function feedbackRegistration(db: PrismaClient, userId: string, registrationId: string) {
  return db.registration.findFirst({
    where: { id: registrationId, userId, status: "CONFIRMED", attendance: "ATTENDED" },
    select: { id: true, session: { select: { endsAt: true } }, feedback: { select: { id: true } } },
  });
}

/** Saves a person's feedback on a session they attended, once. */
export async function giveFeedback(db: PrismaClient, userId: string, input: unknown, now = new Date()): Promise<GiveFeedbackResult> {
  const parsed = feedbackFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return fieldErrors.registrationId ? { ok: false, refusal: "notAttended" } : { ok: false, fieldErrors };
  }
  const { registrationId, ...answers } = parsed.data;
  const registration = await feedbackRegistration(db, userId, registrationId);
  if (!registration) return { ok: false, refusal: "notAttended" };
  if (registration.session.endsAt > now) return { ok: false, refusal: "notEnded" };
  if (registration.feedback) return { ok: false, refusal: "alreadyGiven" };
  try {
    await db.sessionFeedback.create({ data: { registrationId, ...answers } });
  } catch (error) {
    // Sent twice at once (two tabs): the unique registration keeps one.
    if (isUniqueViolation(error)) return { ok: false, refusal: "alreadyGiven" };
    throw error;
  }
  return { ok: true };
}
