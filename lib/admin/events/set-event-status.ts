import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { eventRecordSelect } from "./event-schema";
import type { WriteResult } from "../field-errors";

/**
 * Publishes a week (it and its published sessions appear on the public site) or
 * takes it back to draft (everything in it disappears from the public site).
 * Doing what is already done changes nothing and writes no audit entry.
 */
export async function setEventStatus(
  db: PrismaClient,
  actor: CurrentUser,
  input: { eventId: string; status: "PUBLISHED" | "DRAFT" },
  now: Date = new Date(),
): Promise<WriteResult<{ changed: boolean; title: string }>> {
  assertOrganiser(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUnique({ where: { id: input.eventId }, select: eventRecordSelect });
    if (!before) return { ok: false as const, fieldErrors: { form: "notFound" } };
    // Conditional update: of two organisers clicking at once, one changes it and one finds it done.
    const { count } = await tx.event.updateMany({
      where: { id: input.eventId, status: { not: input.status } },
      data: { status: input.status, publishedAt: input.status === "PUBLISHED" ? now : null },
    });
    if (count === 0) return { ok: true as const, changed: false, title: before.title };
    const after = await tx.event.findUniqueOrThrow({ where: { id: input.eventId }, select: eventRecordSelect });
    await recordAuditEntry(tx, actor, {
      action: input.status === "PUBLISHED" ? "event.publish" : "event.unpublish",
      entityType: "event",
      entityId: input.eventId,
      summary: after.title,
      before,
      after,
    });
    return { ok: true as const, changed: true, title: after.title };
  });
}
