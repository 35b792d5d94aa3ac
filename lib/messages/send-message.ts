import { z } from "zod";
import { recordAuditEntry } from "../admin/audit-log";
import { assertOrganiser } from "../admin/authorise";
import { recordIdSchema } from "../admin/registrations/registration-schemas";
import type { CurrentUser } from "../auth/current-user";
import type { Result } from "../forms/result";
import { queueMessageDispatch, removeMessageDispatch } from "../jobs/organiser-message-jobs";
import type { PrismaClient } from "../prisma-client";
import { audienceUsers } from "./message-audience";

// Sending (or scheduling) a previewed draft, and cancelling a scheduled
// message. Messages are keys of admin.messages.errors.

const sendMessageSchema = z.object({
  messageId: recordIdSchema,
  /** Ticked to send a message without a Welsh version where Welsh is expected. */
  englishOnly: z.enum(["on", ""]).default(""),
});

export type SendMessageResult = Result<{ scheduled: boolean; sendAt: Date; recipients: number }, "notFound" | "notDraft" | "noRecipients" | "sendAtPast">;

/**
 * Sends a draft now, or schedules it for its time: the dispatch job is queued
 * in the same transaction as the change of status, so a message marked as
 * sent always has its job, and a draft confirmed twice (two tabs, a double
 * click) is sent once.
 */
export async function sendMessage(db: PrismaClient, actor: CurrentUser, input: unknown, now = new Date()): Promise<SendMessageResult> {
  assertOrganiser(actor);
  const parsed = sendMessageSchema.safeParse(input);
  if (!parsed.success) return { ok: false, refusal: "notFound" };
  const { messageId, englishOnly } = parsed.data;
  return db.$transaction(async (tx) => {
    const message = await tx.organiserMessage.findUnique({
      where: { id: messageId },
      select: {
        id: true,
        eventId: true,
        sessionId: true,
        audience: true,
        subject: true,
        bodyCy: true,
        status: true,
        sendAt: true,
        event: { select: { titleCy: true } },
      },
    });
    if (!message) return { ok: false as const, refusal: "notFound" as const };
    if (message.status !== "DRAFT") return { ok: false as const, refusal: "notDraft" as const };
    const scheduled = message.sendAt !== null;
    if (scheduled && message.sendAt!.getTime() <= now.getTime()) return { ok: false as const, refusal: "sendAtPast" as const };
    const who = audienceUsers({ eventId: message.eventId, sessionId: message.sessionId }, message.audience, now);
    const [recipients, welshReaders] = await Promise.all([
      tx.user.count({ where: who }),
      tx.user.count({ where: { AND: [who, { language: { not: "ENGLISH" } }] } }),
    ]);
    // A message for now must have someone to go to; a scheduled one is listed at its time, when people may have booked.
    if (!scheduled && recipients === 0) return { ok: false as const, refusal: "noRecipients" as const };
    if (!message.bodyCy && (message.event.titleCy || welshReaders > 0) && englishOnly !== "on") {
      return { ok: false as const, fieldErrors: { englishOnly: "englishOnlyUnconfirmed" } };
    }
    const sendAt = message.sendAt ?? now;
    const changed = await tx.organiserMessage.updateMany({ where: { id: message.id, status: "DRAFT" }, data: { status: "SCHEDULED", sendAt } });
    if (changed.count !== 1) return { ok: false as const, refusal: "notDraft" as const };
    await queueMessageDispatch(tx, message.id, sendAt);
    await recordAuditEntry(tx, actor, {
      action: scheduled ? "message.schedule" : "message.send",
      entityType: "message",
      entityId: message.id,
      summary: message.subject,
      after: {
        audience: message.audience,
        sessionId: message.sessionId,
        eventId: message.eventId,
        sendAt,
        recipientsNow: recipients,
        welsh: Boolean(message.bodyCy),
      },
    });
    return { ok: true as const, scheduled, sendAt, recipients };
  });
}

export type MessageChangeResult = Result<{ eventId: string; sessionId: string | null }, "notFound" | "notScheduled" | "notDraft">;

/** Cancels a scheduled message before its time; one already sent cannot be called back. */
export async function cancelScheduledMessage(db: PrismaClient, actor: CurrentUser, messageId: unknown, now = new Date()): Promise<MessageChangeResult> {
  assertOrganiser(actor);
  const id = recordIdSchema.safeParse(messageId);
  if (!id.success) return { ok: false, refusal: "notFound" };
  return db.$transaction(async (tx) => {
    const message = await tx.organiserMessage.findUnique({ where: { id: id.data }, select: { id: true, subject: true, eventId: true, sessionId: true } });
    if (!message) return { ok: false as const, refusal: "notFound" as const };
    const changed = await tx.organiserMessage.updateMany({
      where: { id: message.id, status: "SCHEDULED", sendAt: { gt: now } },
      data: { status: "CANCELLED" },
    });
    if (changed.count !== 1) return { ok: false as const, refusal: "notScheduled" as const };
    await removeMessageDispatch(tx, message.id);
    await recordAuditEntry(tx, actor, { action: "message.cancel", entityType: "message", entityId: message.id, summary: message.subject });
    return { ok: true as const, eventId: message.eventId, sessionId: message.sessionId };
  });
}

/** Throws away a draft (nothing was sent, so nothing is audited). */
export async function discardMessageDraft(db: PrismaClient, actor: CurrentUser, messageId: unknown): Promise<MessageChangeResult> {
  assertOrganiser(actor);
  const id = recordIdSchema.safeParse(messageId);
  if (!id.success) return { ok: false, refusal: "notFound" };
  const message = await db.organiserMessage.findUnique({ where: { id: id.data }, select: { id: true, eventId: true, sessionId: true, status: true } });
  if (!message) return { ok: false, refusal: "notFound" };
  const deleted = await db.organiserMessage.deleteMany({ where: { id: message.id, status: "DRAFT" } });
  return deleted.count === 1 ? { ok: true, eventId: message.eventId, sessionId: message.sessionId } : { ok: false, refusal: "notDraft" };
}
