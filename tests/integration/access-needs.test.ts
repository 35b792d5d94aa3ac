import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { getSessionAccessNeeds } from "@/lib/admin/registrations/get-access-needs";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { exportMyData } from "@/lib/privacy/export-my-data";
import { purgeAccessRequests } from "@/lib/registration/access-needs/purge-access-requests";
import { saveAccessRequest } from "@/lib/registration/access-needs/save-access-request";
import { cancelRegistration } from "@/lib/registration/cancel-registration";
import { registerForSession } from "@/lib/registration/register-for-session";

// Access needs told at booking: saved apart from the booking, seen by
// organisers only, deleted 30 days after the session, on cancelling, and
// with the account; in the person's data download.

const suffix = randomBytes(4).toString("hex");
const before = new Date("2030-01-01T09:00:00Z");
let eventId: string;
let organiser: CurrentUser;
let counter = 0;

const person = (role: "ATTENDEE" | "ORGANISER" = "ATTENDEE") =>
  prisma.user.create({
    data: { email: `access-${++counter}-${suffix}@example.test`, name: `Person ${String(counter).padStart(2, "0")}`, role },
    select: { id: true, email: true, name: true, role: true },
  });

async function bookedSession(endsAt = new Date("2030-06-03T10:00:00Z")) {
  const session = await prisma.session.create({
    data: {
      eventId,
      slug: `access-${suffix}-${++counter}`,
      title: "Access",
      summary: "s",
      description: "d",
      startsAt: new Date(endsAt.getTime() - 60 * 60_000),
      endsAt,
      format: "IN_PERSON",
      venue: "County Hall",
      status: "PUBLISHED",
      accessProvided: ["HEARING_LOOP"],
    },
  });
  return session;
}

beforeAll(async () => {
  eventId = (
    await prisma.event.create({
      data: {
        slug: `access-${suffix}`,
        title: "Access",
        summary: "s",
        startDate: new Date("2030-06-03"),
        endDate: new Date("2030-06-07"),
        organiserName: "o",
        status: "PUBLISHED",
      },
    })
  ).id;
  organiser = await person("ORGANISER");
});

afterAll(async () => {
  await prisma.event.delete({ where: { id: eventId } });
  await prisma.user.deleteMany({ where: { email: { contains: suffix } } });
});

describe("access needs", () => {
  it("are saved apart from the booking, replaced, and removed when nothing is chosen", async () => {
    const session = await bookedSession();
    const me = await person();
    const { registrationId } = await registerForSession(prisma, { userId: me.id, sessionId: session.id }, before);
    expect(await saveAccessRequest(prisma, me.id, { registrationId, needs: ["BSL_INTERPRETER", "STEP_FREE"] }, before)).toEqual({ ok: true, saved: "saved" });
    expect(await saveAccessRequest(prisma, me.id, { registrationId, needs: ["STEP_FREE"], other: "A seat near the front,\nplease" }, before)).toEqual({
      ok: true,
      saved: "saved",
    });
    expect(await prisma.accessRequest.findUniqueOrThrow({ where: { registrationId }, select: { needs: true, other: true } })).toEqual({
      needs: ["STEP_FREE", "OTHER"],
      other: "A seat near the front,\nplease",
    });
    expect(await saveAccessRequest(prisma, me.id, { registrationId, needs: [] }, before)).toEqual({ ok: true, saved: "removed" });
    expect(await prisma.accessRequest.count({ where: { registrationId } })).toBe(0);
    expect(await prisma.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true } })).toEqual({ status: "CONFIRMED" });
  });

  it("refuse field by field, and only the person's own booking, before the session ends", async () => {
    const session = await bookedSession();
    const [me, someoneElse] = [await person(), await person()];
    const { registrationId } = await registerForSession(prisma, { userId: me.id, sessionId: session.id }, before);
    expect(await saveAccessRequest(prisma, me.id, { registrationId, needs: ["OTHER"], other: "  " }, before)).toEqual({
      ok: false,
      fieldErrors: { other: "otherRequired" },
    });
    expect(await saveAccessRequest(prisma, me.id, { registrationId, needs: ["TELEPATHY"] }, before)).toEqual({
      ok: false,
      fieldErrors: { needs: "needsInvalid" },
    });
    expect(await saveAccessRequest(prisma, me.id, { registrationId, other: "x".repeat(501) }, before)).toEqual({
      ok: false,
      fieldErrors: { other: "otherTooLong" },
    });
    expect(await saveAccessRequest(prisma, me.id, { registrationId, other: "bell\u0007" }, before)).toEqual({
      ok: false,
      fieldErrors: { other: "controlCharacters" },
    });
    expect(await saveAccessRequest(prisma, someoneElse.id, { registrationId, needs: ["CAPTIONS"] }, before)).toEqual({
      ok: false,
      refusal: "registrationNotFound",
    });
    expect(await saveAccessRequest(prisma, me.id, { registrationId: "not an id!", needs: ["CAPTIONS"] }, before)).toEqual({
      ok: false,
      refusal: "registrationNotFound",
    });
    expect(await saveAccessRequest(prisma, me.id, { registrationId, needs: ["CAPTIONS"] }, new Date("2030-06-04T00:00:00Z"))).toEqual({
      ok: false,
      refusal: "sessionOver",
    });
    expect(await prisma.accessRequest.count({ where: { registrationId } })).toBe(0);
  });

  it("are counted and named for organisers only, without cancelled bookings", async () => {
    const session = await bookedSession();
    const [a, b, c] = [await person(), await person(), await person()];
    for (const [who, needs] of [
      [a, ["BSL_INTERPRETER", "LARGE_PRINT"]],
      [b, ["BSL_INTERPRETER"]],
      [c, ["QUIET_SPACE"]],
    ] as const) {
      const { registrationId } = await registerForSession(prisma, { userId: who.id, sessionId: session.id }, before);
      await saveAccessRequest(prisma, who.id, { registrationId, needs }, before);
      if (who === c) await cancelRegistration(prisma, { userId: c.id, registrationId }, before);
    }
    const access = await getSessionAccessNeeds(prisma, organiser, session.id);
    expect(access.counts).toEqual([
      { need: "BSL_INTERPRETER", count: 2 },
      { need: "LARGE_PRINT", count: 1 },
    ]);
    expect(access.people.map((row) => [row.name, row.needs])).toEqual([
      [a.name, ["BSL_INTERPRETER", "LARGE_PRINT"]],
      [b.name, ["BSL_INTERPRETER"]],
    ]);
    // Cancelling deleted what c needed at once.
    expect(await prisma.accessRequest.count({ where: { registration: { userId: c.id } } })).toBe(0);
    await expect(getSessionAccessNeeds(prisma, a, session.id)).rejects.toBeInstanceOf(NotOrganiserError);
  });

  it("are deleted 30 days after the session, not before, and are in the person's data download until then", async () => {
    const session = await bookedSession(new Date("2030-06-03T10:00:00Z"));
    const me = await person();
    const { registrationId } = await registerForSession(prisma, { userId: me.id, sessionId: session.id }, before);
    await saveAccessRequest(prisma, me.id, { registrationId, needs: ["CAPTIONS"], other: "Slides a day early" }, before);
    const download = await exportMyData(prisma, me.id);
    expect(download.registrations[0]?.accessRequest).toMatchObject({ needs: ["CAPTIONS", "OTHER"], other: "Slides a day early" });

    await purgeAccessRequests(prisma, new Date("2030-07-03T09:59:00Z"));
    expect(await prisma.accessRequest.count({ where: { registrationId } })).toBe(1);
    await purgeAccessRequests(prisma, new Date("2030-07-03T10:01:00Z"));
    expect(await prisma.accessRequest.count({ where: { registrationId } })).toBe(0);
  });

  it("go with the account", async () => {
    const session = await bookedSession();
    const me = await person();
    const { registrationId } = await registerForSession(prisma, { userId: me.id, sessionId: session.id }, before);
    await saveAccessRequest(prisma, me.id, { registrationId, needs: ["HEARING_LOOP"] }, before);
    await prisma.user.delete({ where: { id: me.id } });
    expect(await prisma.accessRequest.count({ where: { registrationId } })).toBe(0);
  });
});
