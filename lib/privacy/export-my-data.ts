import { cpdEntryFields } from "../cpd/list-cpd-record";
import type { PrismaClient } from "../prisma-client";

/** Raised whenever a field is renamed or removed, so people who keep these files can tell versions apart. */
export const MY_DATA_SCHEMA_VERSION = 1;

type Decimalish = { toString(): string };
const hoursOf = (value: Decimalish | null) => (value === null ? null : Number(value.toString()));
const dayOf = (value: Date) => value.toISOString().slice(0, 10);

/**
 * Everything CPD Week holds about one person, as one JSON document (the right
 * of access). Every query is limited to the caller's own id or email address,
 * so nothing of anyone else is included. Left out on purpose:
 * - the password hash (a one-way hash is no use to its owner, and a copy in a
 *   downloads folder is one more thing to crack);
 * - the calendar subscription's secret: it is a key rather than information
 *   about the person, and this file tends to be saved, emailed and synced, where
 *   the key would let anyone read their programme. Whether they have one is
 *   included, and the address itself is on their programme page;
 * - the session version (an internal counter for signing out);
 * - the secrets of links sent by email (only a keyed hash is stored anyway):
 *   which links were sent, when, and whether they were used is included.
 */
export async function exportMyData(db: PrismaClient, userId: string, now: Date = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      regulator: true,
      registrationNumber: true,
      jobRole: true,
      organisation: true,
      language: true,
      calendarToken: true,
      emailVerifiedAt: true,
      registrationRenewalDate: true,
      createdAt: true,
      updatedAt: true,
    },
  });

  const [
    registrations,
    cpdEntries,
    learningDiscussions,
    certificates,
    invitations,
    auditEntries,
    failedSignIns,
    emailLinks,
    bookingRequests,
    observations,
    messagesReceived,
  ] = await Promise.all([
    db.registration.findMany({
      where: { userId },
      orderBy: [{ session: { startsAt: "asc" } }, { createdAt: "asc" }],
      select: {
        id: true,
        status: true,
        waitlistPosition: true,
        attendance: true,
        attendanceMarkedAt: true,
        selfCheckedInAt: true,
        promotedAt: true,
        cancelledAt: true,
        reminderSentAt: true,
        accessRequest: { select: { needs: true, other: true, createdAt: true, updatedAt: true } },
        feedback: { select: { relevance: true, quality: true, mostUseful: true, couldBeBetter: true, showName: true, createdAt: true } },
        followUpSentAt: true,
        createdAt: true,
        updatedAt: true,
        session: {
          select: {
            id: true,
            title: true,
            startsAt: true,
            endsAt: true,
            status: true,
            format: true,
            venue: true,
            event: { select: { title: true, timeZone: true, organiserName: true } },
          },
        },
      },
    }),
    db.cpdEntry.findMany({
      where: { userId },
      orderBy: [{ activityDate: "asc" }, { createdAt: "asc" }],
      select: {
        ...cpdEntryFields,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db.learningDiscussion.findMany({
      where: { userId },
      orderBy: { discussedOn: "asc" },
      select: { discussedOn: true, note: true, createdAt: true, updatedAt: true },
    }),
    db.certificate.findMany({
      where: { userId },
      orderBy: { issuedAt: "asc" },
      select: {
        code: true,
        kind: true,
        holderName: true,
        regulator: true,
        registrationNumber: true,
        title: true,
        eventTitle: true,
        organiserName: true,
        timeZone: true,
        startsAt: true,
        endsAt: true,
        hours: true,
        issuedAt: true,
        revokedAt: true,
        revokedReason: true,
      },
    }),
    db.organiserInvitation.findMany({
      where: { invitedById: userId },
      orderBy: { createdAt: "asc" },
      select: { email: true, createdAt: true, acceptedAt: true },
    }),
    db.auditEntry.findMany({
      where: { actorId: userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, action: true, entityType: true, entityId: true, summary: true, before: true, after: true, createdAt: true },
    }),
    db.rateLimitAttempt.findMany({ where: { key: `sign-in:account:${user.email}` }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
    db.emailToken.findMany({
      where: { OR: [{ userId }, { email: user.email }] },
      orderBy: { createdAt: "asc" },
      select: { purpose: true, createdAt: true, expiresAt: true, usedAt: true },
    }),
    db.bookingRequest.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        status: true,
        createdAt: true,
        decidedAt: true,
        session: { select: { id: true, title: true, startsAt: true, event: { select: { title: true } } } },
      },
    }),
    db.observationBooking.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        status: true,
        createdAt: true,
        cancelledAt: true,
        workingWell: true,
        couldBeBetter: true,
        themes: true,
        followUp: true,
        reflectedAt: true,
        slot: {
          select: { startsAt: true, endsAt: true, opportunity: { select: { team: true, activity: true, hostName: true, event: { select: { title: true } } } } },
        },
      },
    }),
    db.messageRecipient.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        status: true,
        attempts: true,
        sentAt: true,
        createdAt: true,
        message: {
          select: {
            subject: true,
            body: true,
            subjectCy: true,
            bodyCy: true,
            audience: true,
            event: { select: { title: true } },
            session: { select: { id: true, title: true } },
          },
        },
      },
    }),
  ]);

  const { calendarToken, registrationRenewalDate, ...account } = user;
  return {
    schemaVersion: MY_DATA_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    account: {
      ...account,
      registrationRenewalDate: registrationRenewalDate ? dayOf(registrationRenewalDate) : null,
      calendarSubscription: { created: calendarToken !== null },
    },
    registrations: registrations.map(({ session, ...registration }) => ({
      ...registration,
      session: {
        id: session.id,
        title: session.title,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        status: session.status,
        format: session.format,
        venue: session.venue,
        event: session.event.title,
        timeZone: session.event.timeZone,
        organiser: session.event.organiserName,
      },
    })),
    cpdEntries: cpdEntries.map((entry) => ({ ...entry, activityDate: dayOf(entry.activityDate), hours: hoursOf(entry.hours) })),
    learningDiscussions: learningDiscussions.map((discussion) => ({ ...discussion, discussedOn: dayOf(discussion.discussedOn) })),
    certificates: certificates.map((certificate) => ({
      ...certificate,
      hours: hoursOf(certificate.hours),
      verificationPath: `/certificates/verify/${certificate.code}`,
    })),
    organiserInvitationsSent: invitations,
    auditEntries,
    failedSignIns: failedSignIns.map((attempt) => attempt.createdAt),
    emailLinks,
    /** Practice observations booked as a senior leader, with the reflection written afterwards. */
    observations: observations.map(({ slot, ...observation }) => ({
      ...observation,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      team: slot.opportunity.team,
      activity: slot.opportunity.activity,
      host: slot.opportunity.hostName,
      event: slot.opportunity.event.title,
    })),
    /** Requests for a place on sessions an organiser approves (which organiser decided is theirs, not the person's). */
    bookingRequests: bookingRequests.map(({ session, ...request }) => ({
      ...request,
      session: { id: session.id, title: session.title, startsAt: session.startsAt, event: session.event.title },
    })),
    /** Messages organisers sent this person, and whether each email reached the mail server. */
    messagesReceived: messagesReceived.map(({ message, ...delivery }) => ({
      ...delivery,
      subject: message.subject,
      body: message.body,
      subjectCy: message.subjectCy,
      bodyCy: message.bodyCy,
      audience: message.audience,
      event: message.event.title,
      session: message.session,
    })),
  };
}

export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;
