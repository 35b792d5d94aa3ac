import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { lockTheme } from "./lock-theme";
import { themeRecordSelect } from "./theme-schema";

/** Deletes a theme no session uses; otherwise says how many sessions use it (and nothing changes). */
export async function deleteTheme(db: PrismaClient, actor: CurrentUser, themeId: string): Promise<Result<{ name: string; eventId: string }>> {
  assertOrganiser(actor);
  return db.$transaction(async (tx) => {
    if (!(await lockTheme(tx, themeId))) return { ok: false as const, fieldErrors: { form: "notFound" } };
    const sessionCount = await tx.session.count({ where: { themeId } });
    if (sessionCount > 0) return { ok: false as const, fieldErrors: { form: "deleteInUse" }, values: { count: sessionCount } };
    const before = await tx.theme.findUniqueOrThrow({ where: { id: themeId }, select: themeRecordSelect });
    await tx.theme.delete({ where: { id: themeId } });
    await recordAuditEntry(tx, actor, { action: "theme.delete", entityType: "theme", entityId: themeId, summary: before.name, before });
    return { ok: true as const, name: before.name, eventId: before.eventId };
  });
}
