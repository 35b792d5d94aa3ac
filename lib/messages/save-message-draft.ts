import { assertOrganiser } from "../admin/authorise";
import type { CurrentUser } from "../auth/current-user";
import { fieldErrorsOf } from "../forms/field-errors";
import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import { messageFormSchema, scheduledTime } from "./message-form";

export type SaveDraftResult = Result<{ messageId: string }, "notFound" | "notDraft">;

/**
 * Saves what an organiser wrote as a draft, to be previewed (with its
 * recipients) before it is sent or scheduled. Nothing is sent here.
 */
export async function saveMessageDraft(db: PrismaClient, actor: CurrentUser, input: unknown, now = new Date()): Promise<SaveDraftResult> {
  assertOrganiser(actor);
  const parsed = messageFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return fieldErrors.form === "notFound" ? { ok: false, refusal: "notFound" } : { ok: false, fieldErrors };
  }
  const form = parsed.data;
  const scope = await findScope(db, form);
  if (!scope) return { ok: false, refusal: "notFound" };
  const when = scheduledTime(form, scope.timeZone, now);
  if (!when.ok) return when;
  const data = {
    audience: form.audience,
    subject: form.subject,
    body: form.body,
    subjectCy: form.subjectCy,
    bodyCy: form.bodyCy,
    sendAt: when.sendAt,
  };
  if (form.messageId) {
    // Only a draft of this same session or week can be changed: a sent or scheduled message is what it is.
    const updated = await db.organiserMessage.updateMany({
      where: { id: form.messageId, status: "DRAFT", eventId: scope.eventId, sessionId: scope.sessionId },
      data,
    });
    return updated.count === 1 ? { ok: true, messageId: form.messageId } : { ok: false, refusal: "notDraft" };
  }
  const created = await db.organiserMessage.create({
    data: { ...data, eventId: scope.eventId, sessionId: scope.sessionId, createdById: actor.id },
    select: { id: true },
  });
  return { ok: true, messageId: created.id };
}

async function findScope(db: PrismaClient, form: { sessionId: string; eventId: string }) {
  if (form.sessionId) {
    const session = await db.session.findUnique({ where: { id: form.sessionId }, select: { id: true, eventId: true, event: { select: { timeZone: true } } } });
    return session ? { eventId: session.eventId, sessionId: session.id, timeZone: session.event.timeZone } : null;
  }
  const event = await db.event.findUnique({ where: { id: form.eventId }, select: { id: true, timeZone: true } });
  return event ? { eventId: event.id, sessionId: null, timeZone: event.timeZone } : null;
}
