import { describe, expect, it } from "vitest";
import { listMyCertificates } from "@/lib/certificates/list-my-certificates";
import { listCpdRecord } from "@/lib/cpd/list-cpd-record";
import { isStandardOf, standardsFor } from "@/lib/cpd/standards/registry";
import { prisma } from "@/lib/db";
import { checkDemoData } from "@/prisma/seed/check-demo-data";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { demoSpeakers } from "@/prisma/seed/demo-speakers";
import { bilingualDemo, welshProblems } from "@/prisma/seed/demo-week-welsh";
import { demoWeeks } from "@/prisma/seed/demo-weeks";
import { UPCOMING_EVENT_SLUG } from "@/prisma/seed/glan-usk-practice-week";
import { isDatabaseEmpty, seedDemoWeek } from "@/prisma/seed/seed-demo-week";
import { demoSlugs } from "@/prisma/seed/social-work-week-2025";

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
    // Its peer discussion confirmed by the colleague, with the note they read.
    expect(await prisma.peerConfirmation.findUnique({ where: { entryId: entry!.id }, select: { status: true, note: true } })).toEqual({
      status: "CONFIRMED",
      note: entry?.peerNotes,
    });
    expect(entry?.learning.length).toBeGreaterThan(50);
    expect(entry?.impact.length).toBeGreaterThan(50);
    expect(entry?.standards.length).toBeGreaterThan(0);
    for (const code of entry?.standards ?? []) expect(isStandardOf(standardsFor(alex.regulator), code), code).toBe(true);

    // The CPD record shows it logged and the rest still to log.
    const record = await listCpdRecord(prisma, alex, { from: null, to: null });
    expect(record.entries.map((logged) => logged.id)).toEqual([entry?.id]);
    expect(record.toLog.map((registration) => registration.id).sort()).toEqual(
      attended
        .filter((registration) => registration.id !== entry?.registrationId)
        .map((registration) => registration.id)
        .sort(),
    );

    // Every attended session can be downloaded as a certificate; none is issued by the seed.
    const weeks = await listMyCertificates(prisma, alex);
    const downloadable = weeks.flatMap((week) => week.sessions);
    expect(downloadable.map((session) => session.registrationId).sort()).toEqual(attended.map((registration) => registration.id).sort());
    expect(downloadable.every((session) => session.certificateCode === null)).toBe(true);
    expect(await prisma.certificate.count({ where: { userId: alex.id } })).toBe(0);
  });

  // Issue 12: the demo is bilingual, with Welsh-medium, bilingual and interpreted sessions, and English left somewhere.
  it("is bilingual: the week's Welsh title, a Welsh-medium session, a bilingual one, interpretation, and English where Welsh is left out", async () => {
    const week = await prisma.event.findUniqueOrThrow({ where: { slug: demoSlugs.event }, include: { themes: true } });
    expect(week).toMatchObject({ title: "Social Work Week 2025", titleCy: "Wythnos Gwaith Cymdeithasol 2025", organiserNameCy: "Gofal Cymdeithasol Cymru" });
    expect(week.summaryCy?.length).toBeGreaterThan(50);
    expect(week.descriptionCy?.length).toBeGreaterThan(200);
    expect(week.audienceNoteCy).toHaveLength(week.audienceNote.length);
    expect(week.themes.every((theme) => theme.nameCy && theme.summaryCy)).toBe(true);

    const session = (slug: string) =>
      prisma.session.findUniqueOrThrow({
        where: { slug },
        select: { deliveryLanguage: true, titleCy: true, summaryCy: true, descriptionCy: true, venueCy: true },
      });
    expect(await session(bilingualDemo.welshMedium)).toMatchObject({ deliveryLanguage: "WELSH", titleCy: "“Wyt ti’n fy neall i?”" });
    expect((await session(bilingualDemo.bilingual)).deliveryLanguage).toBe("BILINGUAL");
    expect((await session(bilingualDemo.interpreted)).deliveryLanguage).toBe("ENGLISH_WITH_WELSH_INTERPRETATION");
    expect((await session(bilingualDemo.welshInterpreted)).deliveryLanguage).toBe("WELSH_WITH_ENGLISH_INTERPRETATION");
    expect(await session(demoSlugs.fullWorkshop)).toMatchObject({
      deliveryLanguage: "ENGLISH",
      venueCy: expect.stringMatching(/^Gofal Cymdeithasol Cymru/) as string,
    });
    // Left in English on purpose, so Welsh pages show the fallback somewhere.
    expect(await session(bilingualDemo.englishOnly)).toEqual({
      deliveryLanguage: "ENGLISH",
      titleCy: null,
      summaryCy: null,
      descriptionCy: null,
      venueCy: null,
    });
    expect(
      await prisma.speaker.findUniqueOrThrow({
        where: { slug: bilingualDemo.englishOnlySpeaker },
        select: { roleCy: true, organisationCy: true, bioCy: true },
      }),
    ).toEqual({ roleCy: null, organisationCy: null, bioCy: null });
    expect(
      await prisma.speaker.findUniqueOrThrow({ where: { slug: bilingualDemo.socialCareWalesSpeaker }, select: { organisation: true, organisationCy: true } }),
    ).toEqual({
      organisation: "Social Care Wales",
      organisationCy: "Gofal Cymdeithasol Cymru",
    });

    const upcoming = await prisma.event.findUniqueOrThrow({
      where: { slug: UPCOMING_EVENT_SLUG },
      include: { sessions: { select: { titleCy: true, deliveryLanguage: true } } },
    });
    expect(upcoming.titleCy).toBe("Wythnos Ymarfer Glan Wysg");
    expect(upcoming.sessions.every((row) => row.titleCy)).toBe(true);
    expect(new Set(upcoming.sessions.map((row) => row.deliveryLanguage))).toEqual(new Set(["ENGLISH", "BILINGUAL", "WELSH_WITH_ENGLISH_INTERPRETATION"]));
    // The past week is left in English.
    expect((await prisma.event.findUniqueOrThrow({ where: { slug: demoSlugs.pastEvent } })).titleCy).toBeNull();
  });

  it("would notice Welsh for a session that does not exist (a typo in a slug)", () => {
    const weeks = demoWeeks().map((week) => ({ ...week, sessions: week.sessions.filter((row) => row.slug !== bilingualDemo.welshMedium) }));
    expect(
      welshProblems(
        weeks,
        demoSpeakers.map((speaker) => speaker.slug),
      ),
    ).toContain(`Welsh for an unknown session: ${bilingualDemo.welshMedium}`);
    expect(
      welshProblems(
        demoWeeks(),
        demoSpeakers.map((speaker) => speaker.slug),
      ),
    ).toEqual([]);
  });

  it("writes nothing when it fails part-way (one transaction)", async () => {
    const before = await prisma.session.count();
    // Seeding again collides with the existing rows on the first unique slug.
    await expect(seedDemoWeek(prisma)).rejects.toThrow();
    expect(await prisma.session.count()).toBe(before);
  });
});
