import type { PrismaClient } from "../prisma-client";
import { sessionCpdHours } from "../programme/cpd-hours";
import type { CpdCaller } from "./cpd-caller";
import { maxHoursForSession } from "./hours-bounds";
import { standardsFor } from "./standards/registry";

/** What the form for logging a session's CPD shows; null unless the caller attended it. */
export async function getSessionCpdForm(db: PrismaClient, caller: CpdCaller, registrationId: string) {
  const registration = await db.registration.findFirst({
    where: { id: registrationId, userId: caller.id, attendance: "ATTENDED" },
    select: {
      id: true,
      user: { select: { regulator: true } },
      session: {
        select: { title: true, titleCy: true, startsAt: true, endsAt: true, cpdHours: true, peerDiscussion: true, event: { select: { timeZone: true } } },
      },
      cpdEntry: { select: { hours: true, learning: true, impact: true, peerNotes: true, peerReflection: true, standards: true } },
      feedback: { select: { mostUseful: true } },
    },
  });
  if (!registration) return null;
  const sessionHours = sessionCpdHours(registration.session);
  const entry = registration.cpdEntry;
  return {
    registrationId: registration.id,
    session: {
      title: registration.session.title,
      titleCy: registration.session.titleCy,
      startsAt: registration.session.startsAt,
      endsAt: registration.session.endsAt,
      timeZone: registration.session.event.timeZone,
      peerDiscussion: registration.session.peerDiscussion,
    },
    sessionHours,
    maxHours: maxHoursForSession(sessionHours),
    standards: standardsFor(registration.user.regulator),
    entry: entry ? { ...entry, hours: Number(entry.hours.toString()) } : null,
    /** Given feedback: its "most useful" starts a new entry's "what I learnt"; the page links back to it. */
    feedback: registration.feedback,
    ended: registration.session.endsAt <= new Date(),
  };
}
