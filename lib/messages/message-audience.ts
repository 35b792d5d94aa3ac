import type { Prisma } from "../generated/prisma/client";
import type { MessageAudienceKey } from "./message-limits";

/** What a message is about: one session, or (sessionId null) the whole week. */
export type MessageScope = { eventId: string; sessionId: string | null };

/**
 * The registrations that put a person in a message's audience. A person is a
 * recipient when at least one of their registrations matches, and gets the
 * message once however many match (MessageRecipient is unique per person).
 * "Not attended" means a place in a session that has ended, not marked as
 * attended: before the end no one has missed it yet.
 */
export function audienceRegistrations(scope: MessageScope, audience: MessageAudienceKey, now: Date): Prisma.RegistrationWhereInput {
  const inScope: Prisma.RegistrationWhereInput = scope.sessionId ? { sessionId: scope.sessionId } : { session: { eventId: scope.eventId } };
  switch (audience) {
    case "EVERYONE":
      return { ...inScope, status: { in: ["CONFIRMED", "WAITLISTED"] } };
    case "CONFIRMED":
      return { ...inScope, status: "CONFIRMED" };
    case "WAITLISTED":
      return { ...inScope, status: "WAITLISTED" };
    case "ATTENDED":
      return { ...inScope, status: "CONFIRMED", attendance: "ATTENDED" };
    case "NOT_ATTENDED":
      return scope.sessionId
        ? { sessionId: scope.sessionId, status: "CONFIRMED", attendance: { not: "ATTENDED" }, session: { endsAt: { lte: now } } }
        : { status: "CONFIRMED", attendance: { not: "ATTENDED" }, session: { eventId: scope.eventId, endsAt: { lte: now } } };
  }
}

/** The people a message goes to. */
export function audienceUsers(scope: MessageScope, audience: MessageAudienceKey, now: Date): Prisma.UserWhereInput {
  return { registrations: { some: audienceRegistrations(scope, audience, now) } };
}
