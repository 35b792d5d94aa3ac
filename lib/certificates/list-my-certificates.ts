import type { CurrentUser } from "../auth/current-user";
import type { PrismaClient } from "../prisma-client";
import { sessionCpdHours } from "../programme/cpd-hours";

export type MyAttendedSession = {
  registrationId: string;
  sessionTitle: string;
  sessionTitleCy: string | null;
  sessionSlug: string;
  startsAt: Date;
  endsAt: Date;
  cpdHours: number;
  cancelled: boolean;
  /** The code of the certificate already issued (and not revoked), if any. */
  certificateCode: string | null;
};

export type MyCertificateWeek = {
  eventId: string;
  eventTitle: string;
  eventTitleCy: string | null;
  timeZone: string;
  totalHours: number;
  sessions: MyAttendedSession[];
};

/**
 * The caller's attended sessions for which a certificate can be issued, by
 * week (the same rules as issuing: attended, published week, session not a draft).
 */
export async function listMyCertificates(db: PrismaClient, caller: Pick<CurrentUser, "id">): Promise<MyCertificateWeek[]> {
  const [registrations, certificates] = await Promise.all([
    db.registration.findMany({
      where: { userId: caller.id, attendance: "ATTENDED", session: { status: { not: "DRAFT" }, event: { status: "PUBLISHED" } } },
      select: {
        id: true,
        session: {
          select: {
            id: true,
            slug: true,
            titleCy: true,
            title: true,
            startsAt: true,
            endsAt: true,
            cpdHours: true,
            status: true,
            event: { select: { id: true, title: true, titleCy: true, timeZone: true, startDate: true } },
          },
        },
      },
      orderBy: [{ session: { event: { startDate: "desc" } } }, { session: { startsAt: "asc" } }],
    }),
    db.certificate.findMany({
      where: { userId: caller.id, kind: "SESSION", revokedAt: null },
      select: { sessionId: true, code: true },
      orderBy: { issuedAt: "asc" },
    }),
  ]);
  const codeBySession = new Map(certificates.map((certificate) => [certificate.sessionId, certificate.code]));
  const weeks = new Map<string, MyCertificateWeek>();
  for (const { id, session } of registrations) {
    const week = weeks.get(session.event.id) ?? {
      eventId: session.event.id,
      eventTitle: session.event.title,
      eventTitleCy: session.event.titleCy,
      timeZone: session.event.timeZone,
      totalHours: 0,
      sessions: [],
    };
    const cpdHours = sessionCpdHours(session);
    week.sessions.push({
      registrationId: id,
      sessionTitle: session.title,
      sessionTitleCy: session.titleCy,
      sessionSlug: session.slug,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      cpdHours,
      cancelled: session.status === "CANCELLED",
      certificateCode: codeBySession.get(session.id) ?? null,
    });
    week.totalHours = Math.round((week.totalHours + cpdHours) * 100) / 100;
    weeks.set(session.event.id, week);
  }
  return [...weeks.values()];
}
