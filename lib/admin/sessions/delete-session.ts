import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { lockSession } from "../../registration/lock-session";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { sessionSnapshot } from "./session-snapshot";

export type DeleteSessionResult = Result<{ title: string }, "notFound" | "hasRegistrations">;

/**
 * Deletes a session nobody has ever registered for. One with registrations
 * (even cancelled ones, which are part of the record) is cancelled instead.
 */
export async function deleteSession(db: PrismaClient, actor: CurrentUser, sessionId: string): Promise<DeleteSessionResult> {
  assertOrganiser(actor);
  return db.$transaction(async (tx): Promise<DeleteSessionResult> => {
    // Locked so that nobody books it between the count and the delete.
    if (!(await lockSession(tx, sessionId))) return { ok: false, refusal: "notFound" };
    if ((await tx.registration.count({ where: { sessionId } })) > 0) return { ok: false, refusal: "hasRegistrations" };
    const before = await sessionSnapshot(tx, sessionId);
    await tx.session.delete({ where: { id: sessionId } });
    const title = before?.title ?? sessionId;
    await recordAuditEntry(tx, actor, { action: "session.delete", entityType: "session", entityId: sessionId, summary: title, before });
    return { ok: true, title };
  });
}
