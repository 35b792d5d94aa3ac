import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { eventRecordSelect } from "./event-schema";
import { lockEvent } from "./lock-event";

/**
 * Deletes a week that has no sessions (its themes go with it). A week with
 * sessions is never deleted: sessions carry registrations and attendance.
 */
export async function deleteEvent(db: PrismaClient, actor: CurrentUser, eventId: string): Promise<Result<{ title: string }>> {
  assertOrganiser(actor);
  return db.$transaction(async (tx) => {
    if (!(await lockEvent(tx, eventId))) return { ok: false as const, fieldErrors: { form: "notFound" } };
    const sessionCount = await tx.session.count({ where: { eventId } });
    if (sessionCount > 0) return { ok: false as const, fieldErrors: { form: "deleteHasSessions" }, values: { count: sessionCount } };
    const before = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { ...eventRecordSelect, themes: { select: { id: true, slug: true, name: true, colour: true, position: true } } },
    });
    await tx.event.delete({ where: { id: eventId } });
    await recordAuditEntry(tx, actor, { action: "event.delete", entityType: "event", entityId: eventId, summary: before.title, before });
    return { ok: true as const, title: before.title };
  });
}
