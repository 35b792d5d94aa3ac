import { z } from "zod";
import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { lockSession } from "../../registration/lock-session";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { recordIdSchema } from "../registrations/registration-schemas";
import { resourceSnapshot } from "./resource-form-schema";
import { resourceNotFound, type ResourceChangeResult } from "./resource-result";

export const resourceTargetSchema = z.object({ sessionId: recordIdSchema, resourceId: recordIdSchema });

/** Removes a resource from a session (the link goes from its page at once); the rest keep their order. */
export async function removeSessionResource(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<ResourceChangeResult<{ title: string }>> {
  assertOrganiser(actor);
  const parsed = resourceTargetSchema.safeParse(input);
  if (!parsed.success) return resourceNotFound;
  const { sessionId, resourceId } = parsed.data;
  return db.$transaction(async (tx) => {
    if (!(await lockSession(tx, sessionId))) return resourceNotFound;
    const resource = await tx.sessionResource.findFirst({ where: { id: resourceId, sessionId }, include: { session: { select: { title: true } } } });
    if (!resource) return resourceNotFound;
    await tx.sessionResource.delete({ where: { id: resource.id } });
    await recordAuditEntry(tx, actor, {
      action: "session-resource.remove",
      entityType: "session",
      entityId: sessionId,
      summary: `${resource.session.title}: ${resource.title}`,
      before: resourceSnapshot(resource),
    });
    return { ok: true as const, title: resource.title };
  });
}
