import type { CurrentUser } from "../../auth/current-user";
import { embedSettingsSchema } from "../../embed/embed-origins";
import { fieldErrorsOf } from "../../forms/field-errors";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";

export type SetEmbedOriginsResult = Result<{ embedOrigins: string[] }, "notFound">;

/** Saves which websites may show the week's programme in a frame; from the next page load, only they may. */
export async function setEmbedOrigins(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<SetEmbedOriginsResult> {
  assertOrganiser(actor);
  const parsed = embedSettingsSchema.safeParse(input);
  if (!parsed.success) {
    // A missing or malformed id names no week: the same answer as a deleted one.
    if (parsed.error.issues.some((issue) => issue.path[0] === "eventId")) return { ok: false, refusal: "notFound" };
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const { eventId, embedOrigins } = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUnique({ where: { id: eventId }, select: { title: true, embedOrigins: true } });
    if (!before) return { ok: false as const, refusal: "notFound" as const };
    const after = await tx.event.update({ where: { id: eventId }, data: { embedOrigins }, select: { embedOrigins: true } });
    await recordAuditEntry(tx, actor, {
      action: "event.embed-origins",
      entityType: "event",
      entityId: eventId,
      summary: before.title,
      before: { embedOrigins: before.embedOrigins },
      after,
    });
    return { ok: true as const, embedOrigins: after.embedOrigins };
  });
}
