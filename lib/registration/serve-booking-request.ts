import type http from "node:http";
import { parse as parseCookies } from "cookie";
import type { PrismaClient } from "../prisma-client";
import { defaultResponseHeaders } from "../security/headers";
import { answerBookingRequest, type BookingSettings } from "./booking-request";

/** The headers every answer of ours carries (next.config.ts sets the same on Next.js's answers). */
const SECURITY_HEADERS = Object.fromEntries(defaultResponseHeaders().map(({ key, value }) => [key, value]));

export type BookingRequestInput = { db: PrismaClient; sessionId: string; sessionCookieName: string; settings: BookingSettings };

/**
 * Answers a booking request straight from Node.js's HTTP server
 * (scripts/serve.ts), with the same function as the Next.js route handler
 * (lib/registration/booking-request.ts). The request body is not read: the
 * path and the session cookie say everything.
 */
export async function serveBookingRequest(request: http.IncomingMessage, response: http.ServerResponse, input: BookingRequestInput): Promise<void> {
  request.resume();
  const headers = new Headers();
  for (const name of ["origin", "host", "x-forwarded-host"]) {
    const value = request.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  const cookieHeader = request.headers.cookie;
  const sessionToken = cookieHeader ? parseCookies(cookieHeader)[input.sessionCookieName] : undefined;
  const reply = await answerBookingRequest(input.db, { sessionId: input.sessionId, headers, sessionToken }, input.settings);
  const body = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    ...SECURITY_HEADERS,
    "content-type": "application/json",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(body),
  });
  response.end(body);
}
