import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { removeOrganiserSchema } from "./organiser-schemas";
import { organiserText } from "./organiser-text";

export type RemoveOrganiserResult = Result<{ name: string; removedSelf: boolean }, "lastOrganiser" | "notOrganiser" | "noLongerOrganiser">;

/**
 * Takes the organiser role away (the account stays, as an attendee). Never
 * leaves the site without an organiser: every organiser row is locked first,
 * so two organisers removing each other at the same moment are served one
 * after the other and the second is refused. The person's sign-in stays valid;
 * requireOrganiser reads the role afresh on every request.
 */
export async function removeOrganiser(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<RemoveOrganiserResult> {
  assertOrganiser(actor);
  const parsed = removeOrganiserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, refusal: "notOrganiser" };
  const { userId } = parsed.data;
  return db.$transaction(async (tx) => {
    // In id order, so concurrent removals take the locks in the same order and cannot deadlock.
    const organisers = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ORGANISER' ORDER BY id FOR UPDATE`;
    const ids = new Set(organisers.map((row) => row.id));
    // The actor may have lost the role while waiting for the lock.
    if (!ids.has(actor.id)) return { ok: false as const, refusal: "noLongerOrganiser" as const };
    if (!ids.has(userId)) return { ok: false as const, refusal: "notOrganiser" as const };
    if (ids.size <= 1) return { ok: false as const, refusal: "lastOrganiser" as const };
    const user = await tx.user.update({ where: { id: userId }, data: { role: "ATTENDEE" }, select: { id: true, name: true, email: true } });
    await recordAuditEntry(tx, actor, {
      action: "organiser.remove",
      entityType: "user",
      entityId: user.id,
      summary: organiserText()("audit.removed", { email: user.email }),
      before: { email: user.email, role: "ORGANISER" },
      after: { email: user.email, role: "ATTENDEE" },
    });
    return { ok: true as const, name: user.name, removedSelf: user.id === actor.id };
  });
}
