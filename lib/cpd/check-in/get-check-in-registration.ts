import type { PrismaClient } from "../../prisma-client";
import type { CpdCaller } from "../cpd-caller";
import { checkInWindow } from "./check-in-code";

/** The caller's own confirmed registration, for the check-in page; null when it is not theirs or not confirmed. */
export async function getCheckInRegistration(db: PrismaClient, caller: CpdCaller, registrationId: string) {
  const registration = await db.registration.findFirst({
    where: { id: registrationId, userId: caller.id, status: "CONFIRMED" },
    select: {
      id: true,
      attendance: true,
      session: { select: { title: true, titleCy: true, startsAt: true, endsAt: true, selfCheckIn: true, event: { select: { timeZone: true } } } },
    },
  });
  return registration ? { ...registration, window: checkInWindow(registration.session) } : null;
}
