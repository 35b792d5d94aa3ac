import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";

/** One session with everything the edit, cancel and delete pages show, or null. */
export async function getAdminSession(db: PrismaClient, actor: CurrentUser, sessionId: string) {
  assertOrganiser(actor);
  const session = await db.session.findUnique({
    where: { id: sessionId },
    include: {
      event: { select: { id: true, slug: true, title: true, timeZone: true, startDate: true, endDate: true, status: true } },
      theme: { select: { id: true, name: true } },
      speakers: { orderBy: { position: "asc" }, select: { speakerId: true, part: true, position: true } },
    },
  });
  if (!session) return null;
  const counts = await db.registration.groupBy({ by: ["status"], where: { sessionId }, _count: { _all: true } });
  const count = (status: "CONFIRMED" | "WAITLISTED" | "CANCELLED") => counts.find((group) => group.status === status)?._count._all ?? 0;
  const registrations = { confirmed: count("CONFIRMED"), waitlisted: count("WAITLISTED"), cancelled: count("CANCELLED") };
  return { ...session, cpdHours: session.cpdHours === null ? null : session.cpdHours.toString(), registrations };
}

export type AdminSession = NonNullable<Awaited<ReturnType<typeof getAdminSession>>>;
