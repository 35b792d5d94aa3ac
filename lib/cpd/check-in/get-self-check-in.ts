import { assertOrganiser } from "../../admin/authorise";
import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { checkInWindow } from "./check-in-code";

/** A session's self check-in setting and code, for its organisers' attendance page. */
export async function getSelfCheckIn(db: PrismaClient, actor: CurrentUser, sessionId: string) {
  assertOrganiser(actor);
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { id: true, selfCheckIn: true, checkInCode: true, startsAt: true, endsAt: true, status: true, event: { select: { timeZone: true } } },
  });
  if (!session) return null;
  return { ...session, window: checkInWindow(session) };
}
