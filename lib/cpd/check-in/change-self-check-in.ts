import { z } from "zod";
import { recordAuditEntry } from "../../admin/audit-log";
import { assertOrganiser } from "../../admin/authorise";
import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import type { PrismaClient } from "../../prisma-client";
import { lockSession } from "../../registration/lock-session";
import { generateCheckInCode } from "./check-in-code";

export const changeSelfCheckInSchema = z.object({
  sessionId: z.string().min(1).max(40),
  change: z.enum(["enable", "disable", "regenerate"]),
});

export type ChangeSelfCheckInResult = Result<object, "sessionNotFound">;

/**
 * Lets attendees of a session check themselves in (with a new code), stops it,
 * or replaces the code (say, after it was shared outside the room). Audited in
 * the same transaction: self check-in decides attendance, and so CPD and certificates.
 */
export async function changeSelfCheckIn(
  db: PrismaClient,
  actor: CurrentUser,
  input: z.input<typeof changeSelfCheckInSchema>,
): Promise<ChangeSelfCheckInResult> {
  assertOrganiser(actor);
  const { sessionId, change } = changeSelfCheckInSchema.parse(input);
  return db.$transaction(async (tx) => {
    if (!(await lockSession(tx, sessionId))) return { ok: false, refusal: "sessionNotFound" } as const;
    const before = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, select: { title: true, selfCheckIn: true, checkInCode: true } });
    const data =
      change === "disable"
        ? { selfCheckIn: false }
        : { selfCheckIn: true, checkInCode: change === "regenerate" || !before.checkInCode ? generateCheckInCode() : before.checkInCode };
    const after = await tx.session.update({ where: { id: sessionId }, data, select: { selfCheckIn: true, checkInCode: true } });
    await recordAuditEntry(tx, actor, {
      action: `session.selfCheckIn.${change}`,
      entityType: "session",
      entityId: sessionId,
      summary: before.title,
      // The code itself is a secret of the room: the log says that it changed, not what it is.
      before: { selfCheckIn: before.selfCheckIn, codeSet: before.checkInCode !== null },
      after: { selfCheckIn: after.selfCheckIn, codeChanged: after.checkInCode !== before.checkInCode },
    });
    return { ok: true } as const;
  });
}
