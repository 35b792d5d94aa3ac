import type { Prisma } from "../../generated/prisma/client";

/** Every field of a session and its speakers, as the audit log keeps it before and after a change. */
export async function sessionSnapshot(tx: Prisma.TransactionClient, sessionId: string) {
  const session = await tx.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      eventId: true,
      themeId: true,
      slug: true,
      title: true,
      titleCy: true,
      summary: true,
      summaryCy: true,
      description: true,
      descriptionCy: true,
      startsAt: true,
      endsAt: true,
      format: true,
      venue: true,
      venueCy: true,
      deliveryLanguage: true,
      joinUrl: true,
      capacity: true,
      cpdHours: true,
      audiences: true,
      accessProvided: true,
      status: true,
      featured: true,
      peerDiscussion: true,
      cancelledAt: true,
      speakers: { orderBy: { position: "asc" }, select: { speakerId: true, part: true, position: true } },
    },
  });
  if (!session) return null;
  return { ...session, cpdHours: session.cpdHours === null ? null : session.cpdHours.toString() };
}

export type SessionSnapshot = NonNullable<Awaited<ReturnType<typeof sessionSnapshot>>>;
