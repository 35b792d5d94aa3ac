import type { PrismaClient } from "../../prisma-client";
import type { CpdCaller } from "../cpd-caller";
import { CHECK_IN_GRACE_MS } from "./check-in-code";

/** The caller's confirmed, not yet attended sessions whose self check-in is open now. */
export async function listOpenCheckIns(db: PrismaClient, caller: CpdCaller, now: Date = new Date()) {
  return db.registration.findMany({
    where: {
      userId: caller.id,
      status: "CONFIRMED",
      attendance: "UNMARKED",
      session: { selfCheckIn: true, status: "PUBLISHED", startsAt: { lte: now }, endsAt: { gte: new Date(now.getTime() - CHECK_IN_GRACE_MS) } },
    },
    orderBy: { session: { startsAt: "asc" } },
    select: { id: true, session: { select: { title: true, titleCy: true } } },
  });
}
