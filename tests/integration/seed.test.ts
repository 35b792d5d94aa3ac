import { describe, expect, it } from "vitest";
import { listMyCertificates } from "@/lib/certificates/list-my-certificates";
import { listCpdRecord } from "@/lib/cpd/list-cpd-record";
import { isStandardOf, standardsFor } from "@/lib/cpd/standards/registry";
import { prisma } from "@/lib/db";
import { checkDemoData, demoAccounts, demoSlugs, isDatabaseEmpty, seedDemoWeek } from "@/prisma/seed/demo-week";

describe("demo week seed", () => {
  it("holds consistent data (unique slugs, no overbooking, waiting list in order)", () => {
    expect(() => checkDemoData()).not.toThrow();
  });

  it("has been seeded into the test database, with a full workshop and its waiting list", async () => {
    expect(await isDatabaseEmpty(prisma)).toBe(false);
    const workshop = await prisma.session.findUniqueOrThrow({
      where: { slug: demoSlugs.fullWorkshop },
      select: { capacity: true, registrations: { select: { status: true, waitlistPosition: true } } },
    });
    const confirmed = workshop.registrations.filter((registration) => registration.status === "CONFIRMED");
    const waiting = workshop.registrations.filter((registration) => registration.status === "WAITLISTED");
    expect(confirmed).toHaveLength(workshop.capacity ?? -1);
    expect(waiting.map((registration) => registration.waitlistPosition).sort()).toEqual([1, 2]);
  });

  // Issue 11 (finding 13): a newcomer signing in as the demo attendee sees a CPD
  // record with something logged and something to log, and certificates to download.
  it("gives the demo attendee attended sessions across the past weeks, one logged in their CPD record, with certificates to download", async () => {
    const now = new Date();
    const alex = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts.attendee.email }, select: { id: true, regulator: true } });
    const attended = await prisma.registration.findMany({
      where: { userId: alex.id, status: "CONFIRMED", attendance: "ATTENDED", session: { endsAt: { lt: now } } },
      select: { id: true, attendanceMarkedAt: true, session: { select: { title: true, endsAt: true, event: { select: { slug: true } } } } },
    });
    expect(attended.length).toBeGreaterThanOrEqual(3);
    expect(new Set(attended.map((registration) => registration.session.event.slug))).toEqual(new Set([demoSlugs.event, demoSlugs.pastEvent]));
    for (const registration of attended) {
      // Marked by the organiser once the session had started, not in the future.
      expect(registration.attendanceMarkedAt, registration.session.title).toBeInstanceOf(Date);
      expect(registration.attendanceMarkedAt?.getTime()).toBeLessThanOrEqual(now.getTime());
    }

    // Exactly one CPD entry, for one of those sessions, with a reflection and their regulator's standards.
    const entries = await prisma.cpdEntry.findMany({ where: { userId: alex.id } });
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(attended.map((registration) => registration.id)).toContain(entry?.registrationId);
    expect(entry).toMatchObject({ activityType: "SESSION", peerReflection: true });
    expect(entry?.learning.length).toBeGreaterThan(50);
    expect(entry?.impact.length).toBeGreaterThan(50);
    expect(entry?.standards.length).toBeGreaterThan(0);
    for (const code of entry?.standards ?? []) expect(isStandardOf(standardsFor(alex.regulator), code), code).toBe(true);

    // The CPD record shows it logged and the rest still to log.
    const record = await listCpdRecord(prisma, alex, { from: null, to: null });
    expect(record.entries.map((logged) => logged.id)).toEqual([entry?.id]);
    expect(record.toLog.map((registration) => registration.id).sort()).toEqual(
      attended.filter((registration) => registration.id !== entry?.registrationId).map((registration) => registration.id).sort(),
    );

    // Every attended session can be downloaded as a certificate; none is issued by the seed.
    const weeks = await listMyCertificates(prisma, alex);
    const downloadable = weeks.flatMap((week) => week.sessions);
    expect(downloadable.map((session) => session.registrationId).sort()).toEqual(attended.map((registration) => registration.id).sort());
    expect(downloadable.every((session) => session.certificateCode === null)).toBe(true);
    expect(await prisma.certificate.count({ where: { userId: alex.id } })).toBe(0);
  });

  it("writes nothing when it fails part-way (one transaction)", async () => {
    const before = await prisma.session.count();
    // Seeding again collides with the existing rows on the first unique slug.
    await expect(seedDemoWeek(prisma)).rejects.toThrow();
    expect(await prisma.session.count()).toBe(before);
  });
});
