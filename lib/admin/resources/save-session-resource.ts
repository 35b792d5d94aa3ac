import type { CurrentUser } from "../../auth/current-user";
import { fieldErrorsOf } from "../../forms/field-errors";
import type { PrismaClient } from "../../prisma-client";
import { lockSession } from "../../registration/lock-session";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { recordIdSchema } from "../registrations/registration-schemas";
import { resourceFormSchema, resourceSnapshot } from "./resource-form-schema";
import { resourceNotFound, type ResourceChangeResult } from "./resource-result";

/**
 * Adds a resource to a session (at the end of its list), or saves the
 * changes to one of its resources, with an audit entry in the same
 * transaction. The session's row is locked first, so two organisers adding
 * at once get consecutive places in the list. A resource is found by its id
 * together with the session's, so an id from another session is refused.
 */
export async function saveSessionResource(
  db: PrismaClient,
  actor: CurrentUser,
  input: unknown,
): Promise<ResourceChangeResult<{ resourceId: string; title: string; added: boolean }>> {
  assertOrganiser(actor);
  const ids = recordIdSchema.safeParse((input as { sessionId?: unknown } | null)?.sessionId);
  if (!ids.success) return resourceNotFound;
  const parsed = resourceFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return fieldErrors.resourceId ? resourceNotFound : { ok: false, fieldErrors };
  }
  const { sessionId, resourceId, ...fields } = parsed.data;
  return db.$transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    if (!session) return resourceNotFound;
    const { title: sessionTitle } = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, select: { title: true } });
    if (resourceId === "") {
      const last = await tx.sessionResource.aggregate({ where: { sessionId }, _max: { position: true } });
      const created = await tx.sessionResource.create({ data: { sessionId, ...fields, position: (last._max.position ?? -1) + 1 } });
      await recordAuditEntry(tx, actor, {
        action: "session-resource.add",
        entityType: "session",
        entityId: sessionId,
        summary: `${sessionTitle}: ${created.title}`,
        after: resourceSnapshot(created),
      });
      return { ok: true as const, resourceId: created.id, title: created.title, added: true };
    }
    const before = await tx.sessionResource.findFirst({ where: { id: resourceId, sessionId } });
    if (!before) return resourceNotFound;
    const after = await tx.sessionResource.update({ where: { id: before.id }, data: fields });
    await recordAuditEntry(tx, actor, {
      action: "session-resource.update",
      entityType: "session",
      entityId: sessionId,
      summary: `${sessionTitle}: ${after.title}`,
      before: resourceSnapshot(before),
      after: resourceSnapshot(after),
    });
    return { ok: true as const, resourceId: after.id, title: after.title, added: false };
  });
}
