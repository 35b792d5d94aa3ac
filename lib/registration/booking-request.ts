import { decode } from "next-auth/jwt";
import { z } from "zod";
import { findSessionUser } from "../auth/session-user";
import { isOwnOrigin } from "../http/own-origin";
import type { PrismaClient } from "../prisma-client";
import { registerForSession, type RegistrationOutcome } from "./register-for-session";
import { RegistrationError } from "./registration-errors";

// The JSON booking endpoint, POST /api/sessions/<id>/registrations: book a
// place as the signed-in person, for calendar widgets and the load benchmark,
// under the same rules as the booking form. It is answered in two places
// with this one function: the Next.js route handler, and scripts/serve.ts
// before Next.js (a booking rush is this endpoint's busiest hour, and
// Next.js's request handling costs more CPU than the booking itself:
// docs/decisions/0011-job-queue.md, "The booking endpoint").

const sessionIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i);

const statusFor: Record<RegistrationError["code"], number> = {
  SESSION_NOT_FOUND: 404,
  REGISTRATION_NOT_FOUND: 404,
  SESSION_NOT_OPEN: 409,
  SESSION_CANCELLED: 409,
  SESSION_STARTED: 409,
  EMAIL_DOMAIN_NOT_ALLOWED: 403,
  EMAIL_NOT_VERIFIED: 403,
  // This endpoint reads no body, so a session that needs a code is booked through its page.
  INVITATION_CODE_REQUIRED: 403,
  INVITATION_CODE_INVALID: 403,
  INVITATION_CODE_EXPIRED: 403,
  INVITATION_CODE_USED_UP: 403,
  REQUEST_DECLINED: 403,
  REQUEST_NOT_FOUND: 404,
};

export type BookingRequest = {
  /** The path's session id, as sent. */
  sessionId: string;
  /** The request's headers: Origin, Host and X-Forwarded-Host are read. */
  headers: Headers;
  /** The session cookie's value, if any. */
  sessionToken: string | undefined;
};

export type BookingSettings = { authSecret: string; siteUrl: string | undefined };

export type BookingReply = { status: number; body: RegistrationOutcome | { error: string } };

/**
 * The answer to one booking request. The session cookie is SameSite=Lax, so
 * another site cannot post here on someone's behalf; a cross-origin Origin
 * header is refused as well.
 */
export async function answerBookingRequest(db: PrismaClient, request: BookingRequest, settings: BookingSettings): Promise<BookingReply> {
  const origin = request.headers.get("origin");
  if (origin && !isOwnOrigin(origin, request.headers, settings.siteUrl)) return { status: 403, body: { error: "CROSS_ORIGIN" } };
  if (!request.sessionToken) return { status: 401, body: { error: "SIGN_IN_REQUIRED" } };
  try {
    // Checks the encryption and the expiry: a forged, damaged or expired cookie is no session.
    const claims = await decode({ token: request.sessionToken, secret: settings.authSecret }).catch(() => null);
    const user = await findSessionUser(db, claims);
    if (!user) return { status: 401, body: { error: "SIGN_IN_REQUIRED" } };
    const sessionId = sessionIdSchema.safeParse(request.sessionId);
    if (!sessionId.success) return { status: 404, body: { error: "SESSION_NOT_FOUND" } };
    const outcome = await registerForSession(db, { userId: user.id, sessionId: sessionId.data });
    // A request waiting for an organiser is accepted, not yet a place.
    return { status: outcome.status === "REQUESTED" ? 202 : outcome.alreadyRegistered ? 200 : 201, body: outcome };
  } catch (error) {
    if (error instanceof RegistrationError) return { status: statusFor[error.code], body: { error: error.code } };
    // The database unreachable, or a fault of ours: logged here, never shown.
    console.error("Booking failed:", error);
    return { status: 500, body: { error: "UNEXPECTED" } };
  }
}

const BOOKING_PATH = /^\/api\/sessions\/([^/]+)\/registrations$/;

/** The session id of a booking request's path (already checked for broken %-escapes), or null for any other path. */
export function bookingPathSessionId(pathname: string): string | null {
  const match = BOOKING_PATH.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
