import type { CurrentUser } from "../auth/current-user";
import { Prisma, type Certificate } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";
import { sessionCpdHours } from "../programme/cpd-hours";
import { generateCertificateCode } from "./certificate-code";
import { CertificateNotFoundError } from "./certificate-errors";

// Issuing is idempotent and the certificate is a snapshot.
//
// The first download of a certificate creates a Certificate row holding
// everything the certificate says (holder, regulator, session, event,
// organiser, times, hours); later downloads render that same row. Editing or
// cancelling the session afterwards therefore never changes or voids a
// certificate already issued.
//
// Only what the caller attended counts: the registration is looked up with the
// caller's id in the WHERE clause, must be marked ATTENDED, and its session and
// week must have been published (a draft session or a draft week gives
// nothing). Every refusal is the same CertificateNotFoundError, and nothing is
// written.
//
// A revoked certificate is never handed out again. If the person still
// attended (the organiser revoked it to correct a detail, such as the holder's
// name), the next download issues a fresh certificate with a new code; if the
// organiser also corrected the attendance, nothing is issued.
//
// A week certificate lists the sessions attended when it was issued. If more
// sessions are attended later, the next download issues a new week certificate
// listing them all; the earlier one stays valid (it was true when issued).
// Edits to those sessions do not issue a new one: only a change in which
// sessions were attended does.
//
// The language is part of the snapshot (Welsh, English or both, as the holder
// chose for certificates, with the organiser's Welsh titles where written).
// Someone who later chooses another language gets, on the next download, a
// new certificate in it; the earlier one stays valid, as it was true.

export type Caller = Pick<CurrentUser, "id">;

/** One line of a week certificate, as stored in Certificate.sessions. */
export type WeekCertificateSession = { sessionId: string; title: string; titleCy?: string | null; startsAt: string; endsAt: string; hours: number };

const ISSUABLE_SESSION = { status: { not: "DRAFT" }, event: { status: "PUBLISHED" } } as const satisfies Prisma.SessionWhereInput;

const SESSION_SNAPSHOT = {
  id: true,
  title: true,
  titleCy: true,
  startsAt: true,
  endsAt: true,
  cpdHours: true,
  event: { select: { id: true, title: true, titleCy: true, organiserName: true, organiserNameCy: true, timeZone: true } },
} as const satisfies Prisma.SessionSelect;

/** The certificate for one attended session (issued on first request, the same one afterwards). */
export async function issueSessionCertificate(db: PrismaClient, caller: Caller, input: { registrationId: string }): Promise<Certificate> {
  return withFreshCode(() =>
    db.$transaction(async (tx) => {
      const registration = await tx.registration.findFirst({
        where: { id: input.registrationId, userId: caller.id, attendance: "ATTENDED", session: ISSUABLE_SESSION },
        select: { session: { select: SESSION_SNAPSHOT } },
      });
      if (!registration) throw new CertificateNotFoundError();
      const holder = await lockHolder(tx, caller);
      const { session } = registration;
      const existing = await tx.certificate.findFirst({
        where: { userId: caller.id, kind: "SESSION", sessionId: session.id, revokedAt: null },
        orderBy: { issuedAt: "desc" },
      });
      if (existing && existing.language === holder.language) return existing;
      return tx.certificate.create({
        data: {
          ...holder,
          code: generateCertificateCode(),
          kind: "SESSION",
          eventId: session.event.id,
          sessionId: session.id,
          title: session.title,
          titleCy: session.titleCy,
          eventTitle: session.event.title,
          eventTitleCy: session.event.titleCy,
          organiserName: session.event.organiserName,
          organiserNameCy: session.event.organiserNameCy,
          timeZone: session.event.timeZone,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          hours: new Prisma.Decimal(sessionCpdHours(session)),
        },
      });
    }),
  );
}

/** The certificate for every session of one week the caller attended, with the total hours. */
export async function issueWeekCertificate(db: PrismaClient, caller: Caller, input: { eventId: string }): Promise<Certificate> {
  return withFreshCode(() =>
    db.$transaction(async (tx) => {
      const registrations = await tx.registration.findMany({
        where: { userId: caller.id, attendance: "ATTENDED", session: { ...ISSUABLE_SESSION, eventId: input.eventId } },
        select: { session: { select: SESSION_SNAPSHOT } },
        orderBy: [{ session: { startsAt: "asc" } }, { session: { title: "asc" } }],
      });
      const first = registrations[0];
      const last = registrations.at(-1);
      if (!first || !last) throw new CertificateNotFoundError();
      const holder = await lockHolder(tx, caller);
      const sessions: WeekCertificateSession[] = registrations.map(({ session }) => ({
        sessionId: session.id,
        title: session.title,
        titleCy: session.titleCy,
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        hours: sessionCpdHours(session),
      }));
      const attendedIds = sessions.map((session) => session.sessionId).sort();
      const existing = await tx.certificate.findFirst({
        where: { userId: caller.id, kind: "WEEK", eventId: input.eventId, revokedAt: null },
        orderBy: { issuedAt: "desc" },
      });
      if (existing && existing.language === holder.language && sameSessions(existing, attendedIds)) return existing;
      const { event } = first.session;
      const total = sessions.reduce((sum, session) => sum + Math.round(session.hours * 100), 0) / 100;
      return tx.certificate.create({
        data: {
          ...holder,
          code: generateCertificateCode(),
          kind: "WEEK",
          eventId: event.id,
          title: event.title,
          titleCy: event.titleCy,
          eventTitle: event.title,
          eventTitleCy: event.titleCy,
          organiserName: event.organiserName,
          organiserNameCy: event.organiserNameCy,
          timeZone: event.timeZone,
          startsAt: first.session.startsAt,
          endsAt: registrations.reduce((latest, { session }) => (session.endsAt > latest ? session.endsAt : latest), last.session.endsAt),
          hours: new Prisma.Decimal(total),
          sessions,
        },
      });
    }),
  );
}

/** The sessions a stored week certificate lists, read back from its JSON column. */
export function weekCertificateSessions(certificate: Pick<Certificate, "sessions">): WeekCertificateSession[] {
  return Array.isArray(certificate.sessions) ? (certificate.sessions as WeekCertificateSession[]) : [];
}

function sameSessions(certificate: Pick<Certificate, "sessions">, attendedIds: string[]): boolean {
  const listed = weekCertificateSessions(certificate)
    .map((session) => session.sessionId)
    .sort();
  return listed.length === attendedIds.length && listed.every((id, index) => id === attendedIds[index]);
}

/**
 * Locks the holder's account row, so that two downloads at once (a double
 * click) issue one certificate rather than two, and snapshots their details.
 */
async function lockHolder(tx: Prisma.TransactionClient, caller: Caller) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${caller.id} FOR UPDATE`;
  const user = await tx.user.findUniqueOrThrow({ where: { id: caller.id }, select: { name: true, regulator: true, registrationNumber: true, language: true } });
  const regulator = user.regulator === "NONE" ? null : user.regulator;
  const registrationNumber = regulator ? user.registrationNumber?.trim() || null : null;
  return { userId: caller.id, holderName: user.name, regulator, registrationNumber, language: user.language };
}

/** A code collision (about 1 in 2^140) is retried with a new code rather than failing the download. */
async function withFreshCode<T>(issue: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await issue();
    } catch (error) {
      const collision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!collision || attempt >= 3) throw error;
    }
  }
}
