import { z } from "zod";
import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { lockSession } from "../../registration/lock-session";
import { resourceOrder } from "../../resources/session-resources-view";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { recordIdSchema } from "../registrations/registration-schemas";
import { resourceNotFound, type ResourceChangeResult } from "./resource-result";

export const moveResourceSchema = z.object({ sessionId: recordIdSchema, resourceId: recordIdSchema, direction: z.enum(["up", "down"]) });

/**
 * Moves a resource one place up or down its session's list. The list is
 * numbered afresh from 0 in the same transaction, under the session's lock,
 * so the order stays whole whatever happened before. Moving the first up (or
 * the last down) changes nothing and is not logged.
 */
export async function moveSessionResource(
  db: PrismaClient,
  actor: CurrentUser,
  input: unknown,
): Promise<ResourceChangeResult<{ title: string; moved: boolean }>> {
  assertOrganiser(actor);
  const parsed = moveResourceSchema.safeParse(input);
  if (!parsed.success) return resourceNotFound;
  const { sessionId, resourceId, direction } = parsed.data;
  return db.$transaction(async (tx) => {
    if (!(await lockSession(tx, sessionId))) return resourceNotFound;
    const list = await tx.sessionResource.findMany({
      where: { sessionId },
      orderBy: resourceOrder,
      select: { id: true, title: true, position: true, session: { select: { title: true } } },
    });
    const from = list.findIndex((resource) => resource.id === resourceId);
    const moving = list[from];
    if (!moving) return resourceNotFound;
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= list.length) return { ok: true as const, title: moving.title, moved: false };
    const order = list.map((resource) => resource.id);
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [position, id] of order.entries()) {
      if (list.find((resource) => resource.id === id)?.position !== position) await tx.sessionResource.update({ where: { id }, data: { position } });
    }
    await recordAuditEntry(tx, actor, {
      action: "session-resource.move",
      entityType: "session",
      entityId: sessionId,
      summary: `${moving.session.title}: ${moving.title} moved ${direction}`,
      before: { order: list.map((resource) => resource.id) },
      after: { order },
    });
    return { ok: true as const, title: moving.title, moved: true };
  });
}
