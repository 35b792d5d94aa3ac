import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { listMissingWelsh } from "../dashboard/list-missing-welsh";
import type { WelshGap } from "../dashboard/missing-welsh";
import { eventRecordSelect } from "./event-schema";

export type SetEventStatusResult =
  | Result<{ changed: boolean; title: string }>
  /** Not published: parts of the week have English with no Welsh beside it, and the organiser has not yet said to publish anyway. */
  | { ok: false; missingWelsh: WelshGap[] };

/**
 * Publishes a week (it and its published sessions appear on the public site) or
 * takes it back to draft (everything in it disappears from the public site).
 * Doing what is already done changes nothing and writes no audit entry.
 *
 * Publishing a draft week with Welsh still to write (see missing-welsh.ts)
 * asks first: it returns what is missing and publishes nothing, unless
 * `publishWithoutWelsh` says the organiser saw that list and chose to go ahead.
 */
export async function setEventStatus(
  db: PrismaClient,
  actor: CurrentUser,
  input: { eventId: string; status: "PUBLISHED" | "DRAFT"; publishWithoutWelsh?: boolean },
  now: Date = new Date(),
): Promise<SetEventStatusResult> {
  assertOrganiser(actor);
  return db.$transaction(async (tx): Promise<SetEventStatusResult> => {
    const before = await tx.event.findUnique({ where: { id: input.eventId }, select: eventRecordSelect });
    if (!before) return { ok: false, fieldErrors: { form: "notFound" } };
    if (input.status === "PUBLISHED" && before.status !== "PUBLISHED" && !input.publishWithoutWelsh) {
      const missingWelsh = (await listMissingWelsh(tx, actor, input.eventId)) ?? [];
      if (missingWelsh.length) return { ok: false, missingWelsh };
    }
    // Conditional update: of two organisers clicking at once, one changes it and one finds it done.
    const { count } = await tx.event.updateMany({
      where: { id: input.eventId, status: { not: input.status } },
      data: { status: input.status, publishedAt: input.status === "PUBLISHED" ? now : null },
    });
    if (count === 0) return { ok: true, changed: false, title: before.title };
    const after = await tx.event.findUniqueOrThrow({ where: { id: input.eventId }, select: eventRecordSelect });
    await recordAuditEntry(tx, actor, {
      action: input.status === "PUBLISHED" ? "event.publish" : "event.unpublish",
      entityType: "event",
      entityId: input.eventId,
      summary: after.title,
      before,
      after,
    });
    return { ok: true, changed: true, title: after.title };
  });
}
