import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueSessionToken } from "@/lib/auth/session-cookie";
import { prisma } from "@/lib/db";
import { answerBookingRequest, bookingPathSessionId, type BookingSettings } from "@/lib/registration/booking-request";
import { serveBookingRequest } from "@/lib/registration/serve-booking-request";
import { createEmailFixture, type EmailFixture } from "../helpers/email-fixtures";
import { discardQueuedJobs } from "../helpers/job-queue";

// The JSON booking endpoint (POST /api/sessions/<id>/registrations), as both
// the Next.js route handler and scripts/serve.ts answer it: the function
// they share, and the Node.js adapter serve.ts puts in front of it, through
// a real HTTP server. Everything lives in a week of its own (the email tests' fixture).

const secret = "booking-request-test-secret-".padEnd(48, "x");
const settings: BookingSettings = { authSecret: secret, siteUrl: undefined };
const cookieName = "cpdweek.session-token";

let fixture: EmailFixture;
let sessionId = "";
let cancelledSessionId = "";
type Person = Awaited<ReturnType<EmailFixture["person"]>>;
const people: Person[] = [];

beforeAll(async () => {
  fixture = await createEmailFixture(prisma);
  const startsAt = new Date("2030-06-18T09:00:00Z");
  sessionId = (await fixture.session({ name: "booking-open", startsAt, capacity: 1 })).id;
  cancelledSessionId = (await fixture.session({ name: "booking-cancelled", startsAt, capacity: 1, status: "CANCELLED" })).id;
  for (const name of ["First", "Second", "Third"]) people.push(await fixture.person(name));
});

afterAll(async () => {
  await fixture?.remove();
  await discardQueuedJobs();
});

const headers = (entries: Record<string, string> = {}) => new Headers({ host: "127.0.0.1:3000", ...entries });

describe("answerBookingRequest", () => {
  it("books the holder of the session cookie: a place, then the waiting list, and a repeat changes nothing", async () => {
    const first = await issueSessionToken(people[0]!, secret);
    const booked = await answerBookingRequest(prisma, { sessionId, headers: headers(), sessionToken: first }, settings);
    expect(booked).toEqual({ status: 201, body: { registrationId: expect.any(String), status: "CONFIRMED", alreadyRegistered: false } });
    const repeat = await answerBookingRequest(prisma, { sessionId, headers: headers(), sessionToken: first }, settings);
    expect(repeat).toEqual({ status: 200, body: { ...booked.body, alreadyRegistered: true } });

    const second = await issueSessionToken(people[1]!, secret);
    const waiting = await answerBookingRequest(prisma, { sessionId, headers: headers(), sessionToken: second }, settings);
    expect(waiting).toMatchObject({ status: 201, body: { status: "WAITLISTED", alreadyRegistered: false } });
  });

  it("refuses another site's origin before anything else, and accepts its own", async () => {
    const token = await issueSessionToken(people[2]!, secret);
    const evil = await answerBookingRequest(prisma, { sessionId, headers: headers({ origin: "http://evil.example" }), sessionToken: token }, settings);
    expect(evil).toEqual({ status: 403, body: { error: "CROSS_ORIGIN" } });
    const configured = { ...settings, siteUrl: "https://cpdweek.example.org" };
    const spoofedHost = await answerBookingRequest(
      prisma,
      { sessionId, headers: headers({ origin: "http://127.0.0.1:3000" }), sessionToken: token },
      configured,
    );
    expect(spoofedHost.status).toBe(403);
    expect(await prisma.registration.count({ where: { userId: people[2]!.id } })).toBe(0);
  });

  it("takes no cookie, a forged, damaged or ended session for no session", async () => {
    const person = people[2]!;
    const forged = await encode({ secret: "another-secret".padEnd(48, "y"), token: { sub: person.id, sessionVersion: person.sessionVersion } });
    const genuine = await issueSessionToken(person, secret);
    const ended = await issueSessionToken({ ...person, sessionVersion: person.sessionVersion + 1 }, secret);
    for (const sessionToken of [undefined, "", "not-a-token", forged, `${genuine.slice(0, -3)}abc`, ended]) {
      const reply = await answerBookingRequest(prisma, { sessionId, headers: headers(), sessionToken }, settings);
      expect(reply, String(sessionToken)).toEqual({ status: 401, body: { error: "SIGN_IN_REQUIRED" } });
    }
    expect(await prisma.registration.count({ where: { userId: person.id } })).toBe(0);
  });

  it("answers 404 for a malformed or unknown session and 409 for a cancelled one", async () => {
    const token = await issueSessionToken(people[2]!, secret);
    for (const id of ["", "a b", "x".repeat(65), "ünïcode", "nosuchsession"]) {
      const reply = await answerBookingRequest(prisma, { sessionId: id, headers: headers(), sessionToken: token }, settings);
      expect(reply, id).toEqual({ status: 404, body: { error: "SESSION_NOT_FOUND" } });
    }
    const cancelled = await answerBookingRequest(prisma, { sessionId: cancelledSessionId, headers: headers(), sessionToken: token }, settings);
    expect(cancelled).toEqual({ status: 409, body: { error: "SESSION_CANCELLED" } });
  });
});

describe("bookingPathSessionId", () => {
  it("finds the session id of a booking path only", () => {
    expect(bookingPathSessionId("/api/sessions/abc123/registrations")).toBe("abc123");
    expect(bookingPathSessionId("/api/sessions/%61bc/registrations")).toBe("abc");
    for (const other of [
      "/api/sessions/abc/registrations/",
      "/api/sessions//registrations",
      "/api/sessions/a/b/registrations",
      "/sessions/abc",
      "/api/health",
    ]) {
      expect(bookingPathSessionId(other), other).toBeNull();
    }
  });
});

describe("serveBookingRequest, in front of Next.js", () => {
  let server: http.Server;
  let base = "";

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const id = bookingPathSessionId(request.url ?? "") ?? "";
      void serveBookingRequest(request, response, { db: prisma, sessionId: id, sessionCookieName: cookieName, settings });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("reads the session cookie among others, ignores the body, and answers JSON with the site's security headers", async () => {
    const token = await issueSessionToken(people[2]!, secret);
    const response = await fetch(`${base}/api/sessions/${sessionId}/registrations`, {
      method: "POST",
      headers: { cookie: `theme=dark; ${cookieName}=${token}; other=1`, "content-type": "application/json" },
      body: JSON.stringify({ userId: people[0]!.id }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: "WAITLISTED", alreadyRegistered: false });
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    const mine = await prisma.registration.findMany({ where: { sessionId, userId: people[2]!.id } });
    expect(mine).toHaveLength(1);
  });

  it("answers 401 without the session cookie", async () => {
    const response = await fetch(`${base}/api/sessions/${sessionId}/registrations`, { method: "POST", headers: { cookie: "theme=dark" } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "SIGN_IN_REQUIRED" });
  });
});
