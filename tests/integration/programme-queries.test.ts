import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addPlaces } from "@/lib/programme/confirmed-counts";
import { getCurrentEvent, getPublishedEvent, listPublishedEvents } from "@/lib/programme/get-current-event";
import { getSessionPage } from "@/lib/programme/get-session-page";
import { countPublicSessions, listFeaturedSessions, listProgrammeSessions } from "@/lib/programme/list-programme-sessions";
import { getSpeakerPage, listPublicSpeakers } from "@/lib/programme/speakers";
import { getThemePage, listPublicPaths } from "@/lib/programme/themes";
import { bilingualDemo } from "@/prisma/seed/demo-week-welsh";
import { UPCOMING_EVENT_SLUG, upcomingSlugs } from "@/prisma/seed/glan-usk-practice-week";
import { demoSlugs, demoThemeSlugs } from "@/prisma/seed/social-work-week-2025";

// Against the demo week seeded into this run's fresh database.
async function demoWeek() {
  const event = await getPublishedEvent(prisma, demoSlugs.event);
  if (!event) throw new Error("the demo week is missing from the test database");
  return event;
}

const slugsOf = (sessions: { slug: string }[]) => sessions.map((session) => session.slug);

describe("which week the site leads with", () => {
  it("is the week on now or coming next", async () => {
    expect((await getCurrentEvent(prisma, new Date("2025-03-19T12:00:00Z")))?.slug).toBe(demoSlugs.event);
    expect((await getCurrentEvent(prisma, new Date("2024-01-01T12:00:00Z")))?.slug).toBe(demoSlugs.pastEvent);
  });

  it("is the upcoming demo week, seeded a fortnight or more ahead, until it ends", async () => {
    expect((await getCurrentEvent(prisma))?.slug).toBe(UPCOMING_EVENT_SLUG);
  });

  it("is the most recent week once all have finished", async () => {
    expect((await getCurrentEvent(prisma, new Date("2099-01-01T12:00:00Z")))?.slug).toBe(UPCOMING_EVENT_SLUG);
  });

  it("lists every published week, newest first", async () => {
    expect((await listPublishedEvents(prisma)).map((event) => event.slug)).toEqual([UPCOMING_EVENT_SLUG, demoSlugs.event, demoSlugs.pastEvent]);
    expect(await getPublishedEvent(prisma, "no-such-week")).toBeNull();
  });
});

describe("programme sessions", () => {
  it("lists published and cancelled sessions in time order, never drafts", async () => {
    const sessions = await listProgrammeSessions(prisma, await demoWeek(), {});
    const slugs = slugsOf(sessions);
    expect(sessions).toHaveLength(14);
    expect(slugs).not.toContain(demoSlugs.draft);
    expect(slugs).toContain(demoSlugs.cancelled);
    expect(sessions.find((session) => session.slug === demoSlugs.cancelled)?.cancelled).toBe(true);
    const starts = sessions.map((session) => session.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(await countPublicSessions(prisma, (await demoWeek()).id)).toBe(14);
  });

  it("works out places left, full and unlimited, from this moment's bookings", async () => {
    const sessions = await addPlaces(prisma, await listProgrammeSessions(prisma, await demoWeek(), {}));
    const bySlug = new Map(sessions.map((session) => [session.slug, session]));
    expect(bySlug.get(demoSlugs.fullWorkshop)?.places).toEqual({ kind: "full" });
    expect(bySlug.get(demoSlugs.unlimited)?.places).toEqual({ kind: "unlimited" });
    expect(bySlug.get(demoSlugs.mockCourt)?.places).toEqual({ kind: "available", left: 35 });
    expect(bySlug.get(demoSlugs.lunchtime)?.cpdHours).toBe(1.5);
  });

  it("filters by local day", async () => {
    const sessions = await listProgrammeSessions(prisma, await demoWeek(), { day: "2025-03-18" });
    expect(slugsOf(sessions)).toEqual([demoSlugs.worldSocialWorkDay, "neurodivergent-identity-in-social-work"]);
    expect(await listProgrammeSessions(prisma, await demoWeek(), { day: "2025-03-22" })).toEqual([]);
  });

  it("filters by theme, format and audience", async () => {
    const week = await demoWeek();
    const wellBeing = await listProgrammeSessions(prisma, week, { theme: demoThemeSlugs.wellBeing });
    expect(wellBeing).toHaveLength(3);
    expect(wellBeing.every((session) => session.theme?.slug === demoThemeSlugs.wellBeing)).toBe(true);
    expect(slugsOf(await listProgrammeSessions(prisma, week, { format: "IN_PERSON" }))).toEqual([demoSlugs.mockCourt]);
    expect(slugsOf(await listProgrammeSessions(prisma, week, { format: "HYBRID" }))).toEqual([demoSlugs.fullWorkshop]);
    const managers = await listProgrammeSessions(prisma, week, { audience: "MANAGERS_AND_LEADERS" });
    expect(slugsOf(managers)).toContain(demoSlugs.lunchtime);
    expect(managers.every((session) => session.audiences.includes("MANAGERS_AND_LEADERS"))).toBe(true);
  });

  it("searches titles, descriptions, speakers and organisations, ignoring case", async () => {
    const week = await demoWeek();
    expect(slugsOf(await listProgrammeSessions(prisma, week, { q: "MORAL INJURY" }))).toContain(
      "moral-injury-in-social-work-the-what-the-how-and-why-it-matters",
    );
    expect(slugsOf(await listProgrammeSessions(prisma, week, { q: "Gwenan Prysor" }))).toEqual(["do-you-get-me"]);
    expect(slugsOf(await listProgrammeSessions(prisma, week, { q: "Bangor University" }))).toEqual(["do-you-get-me"]);
    expect(await listProgrammeSessions(prisma, week, { q: "zzz-nothing-matches" })).toEqual([]);
  });

  it("combines filters", async () => {
    const week = await demoWeek();
    expect(await listProgrammeSessions(prisma, week, { day: "2025-03-17", format: "IN_PERSON" })).toEqual([]);
    expect(slugsOf(await listProgrammeSessions(prisma, week, { day: "2025-03-20", theme: demoThemeSlugs.wellBeing }))).toEqual([demoSlugs.cancelled]);
  });

  it("highlights only published featured sessions of the week", async () => {
    const featured = await listFeaturedSessions(prisma, (await demoWeek()).id);
    expect(featured.length).toBeGreaterThan(0);
    expect(featured.every((session) => session.featured && session.status === "PUBLISHED")).toBe(true);
  });
});

describe("the programme in Welsh too", () => {
  it("finds a session by a Welsh word of its title, summary or description", async () => {
    const week = await demoWeek();
    expect(slugsOf(await listProgrammeSessions(prisma, week, { q: "niwroamrywiol" }))).toEqual(["neurodivergent-identity-in-social-work"]);
    expect(slugsOf(await listProgrammeSessions(prisma, week, { q: "FY NEALL" }))).toEqual([bilingualDemo.welshMedium]);
    expect(slugsOf(await listProgrammeSessions(prisma, week, { q: "cyfryngau cymdeithasol" }))).toEqual([demoSlugs.fullWorkshop]);
  });

  it("finds sessions by their theme's Welsh name and their speakers' Welsh organisation", async () => {
    const week = await demoWeek();
    const byTheme = await listProgrammeSessions(prisma, week, { q: "Cefnogi ein llesiant" });
    expect(slugsOf(byTheme).sort()).toEqual(slugsOf(await listProgrammeSessions(prisma, week, { theme: demoThemeSlugs.wellBeing })).sort());
    // Nick Andrews of Swansea University: Prifysgol Abertawe in Welsh, named nowhere else.
    expect(slugsOf(await listProgrammeSessions(prisma, week, { q: "prifysgol abertawe" }))).toEqual(["relationships-and-professional-boundaries"]);
  });

  it("still finds nothing for text in neither language, and never a draft by its Welsh", async () => {
    const week = await demoWeek();
    expect(await listProgrammeSessions(prisma, week, { q: "dim-byd-yn-cyfateb" })).toEqual([]);
    // The draft's Welsh title: "Myfyrdodau i gloi".
    expect(await listProgrammeSessions(prisma, week, { q: "Myfyrdodau i gloi" })).toEqual([]);
  });

  it("filters by the language of delivery", async () => {
    const week = await demoWeek();
    expect(slugsOf(await listProgrammeSessions(prisma, week, { language: "WELSH" }))).toEqual([bilingualDemo.welshMedium]);
    expect(slugsOf(await listProgrammeSessions(prisma, week, { language: "BILINGUAL" }))).toEqual([bilingualDemo.bilingual]);
    expect(slugsOf(await listProgrammeSessions(prisma, week, { language: "ENGLISH_WITH_WELSH_INTERPRETATION" }))).toEqual([bilingualDemo.interpreted]);
    expect(await listProgrammeSessions(prisma, week, { language: "WELSH_WITH_ENGLISH_INTERPRETATION" })).toEqual([]);
    const english = await listProgrammeSessions(prisma, week, { language: "ENGLISH" });
    expect(english.every((session) => session.deliveryLanguage === "ENGLISH")).toBe(true);
    expect(english.length + 3).toBe((await listProgrammeSessions(prisma, week, {})).length);
    const upcoming = await getPublishedEvent(prisma, UPCOMING_EVENT_SLUG);
    if (!upcoming) throw new Error("the upcoming week is missing");
    expect(slugsOf(await listProgrammeSessions(prisma, upcoming, { language: "WELSH_WITH_ENGLISH_INTERPRETATION" }))).toEqual([bilingualDemo.welshInterpreted]);
  });

  it("combines the language with the other filters", async () => {
    const week = await demoWeek();
    expect(slugsOf(await listProgrammeSessions(prisma, week, { day: "2025-03-17", language: "ENGLISH" }))).toEqual([
      "from-placement-to-practice-students-and-practice-educators-in-conversation",
    ]);
    expect(await listProgrammeSessions(prisma, week, { day: "2025-03-18", language: "WELSH" })).toEqual([]);
    expect(slugsOf(await listProgrammeSessions(prisma, week, { language: "WELSH", q: "dwyieithrwydd" }))).toEqual([bilingualDemo.welshMedium]);
  });

  it("gives pages the Welsh beside the English: venue, speakers' job titles and organisations, the organiser", async () => {
    const workshop = await getSessionPage(prisma, demoSlugs.fullWorkshop);
    expect(workshop?.venueCy).toMatch(/^Gofal Cymdeithasol Cymru, /);
    expect(workshop?.deliveryLanguage).toBe("ENGLISH");
    const regulators = await getSessionPage(prisma, bilingualDemo.interpreted);
    expect(regulators?.deliveryLanguage).toBe("ENGLISH_WITH_WELSH_INTERPRETATION");
    expect(regulators?.event.organiserNameCy).toBe("Gofal Cymdeithasol Cymru");
    expect(regulators?.speakers.find((entry) => entry.speaker.slug === bilingualDemo.socialCareWalesSpeaker)?.speaker).toMatchObject({
      role: "Chief Executive",
      roleCy: "Prif Weithredwr",
      organisation: "Social Care Wales",
      organisationCy: "Gofal Cymdeithasol Cymru",
    });
    const speakers = await listPublicSpeakers(prisma);
    expect(speakers.find((speaker) => speaker.slug === bilingualDemo.englishOnlySpeaker)).toMatchObject({ roleCy: null, organisationCy: null });
    expect((await getSpeakerPage(prisma, bilingualDemo.socialCareWalesSpeaker))?.speaker.bioCy).toBe(
      "Sarah McCarty yw Prif Weithredwr Gofal Cymdeithasol Cymru.",
    );
    const week = await demoWeek();
    expect(week).toMatchObject({ titleCy: "Wythnos Gwaith Cymdeithasol 2025", organiserNameCy: "Gofal Cymdeithasol Cymru" });
    expect(week.audienceNoteCy).toHaveLength(week.audienceNote.length);
  });
});

describe("session page", () => {
  it("shows a published session with its speakers in order but without the join link", async () => {
    const session = await getSessionPage(prisma, demoSlugs.worldSocialWorkDay);
    expect(session?.speakers.map((entry) => entry.speaker.name)).toEqual(["Colum Conway", "Declan McAllister", "Maree Allison", "Sarah McCarty"]);
    expect(session).not.toHaveProperty("joinUrl");
  });

  it("shows cancelled sessions and hides drafts and unknown slugs", async () => {
    expect((await getSessionPage(prisma, demoSlugs.cancelled))?.cancelled).toBe(true);
    expect(await getSessionPage(prisma, demoSlugs.draft)).toBeNull();
    expect(await getSessionPage(prisma, "no-such-session")).toBeNull();
  });
});

describe("speakers and themes", () => {
  it("lists only speakers of public sessions", async () => {
    const speakers = await listPublicSpeakers(prisma);
    expect(speakers.map((speaker) => speaker.slug)).toContain("siobhan-maclean");
    expect(speakers.map((speaker) => speaker.slug)).not.toContain("morwenna-stace");
    expect(await getSpeakerPage(prisma, "morwenna-stace")).toBeNull();
    const page = await getSpeakerPage(prisma, "gwenan-prysor");
    expect(slugsOf(page?.sessions ?? [])).toEqual(["do-you-get-me"]);
  });

  it("shows a theme's public sessions", async () => {
    const page = await getThemePage(prisma, demoThemeSlugs.identity);
    expect(page?.theme.name).toBe("Maintaining our social work identity");
    expect(slugsOf(page?.sessions ?? [])).not.toContain(demoSlugs.draft);
    expect(await getThemePage(prisma, "no-such-theme")).toBeNull();
  });

  it("puts only public pages in the sitemap", async () => {
    const paths = await listPublicPaths(prisma);
    expect(paths.sessions.map((session) => session.slug)).not.toContain(demoSlugs.draft);
    // 14 public sessions in 2025, 3 in 2024, 10 listed in the upcoming week (its partners' workshop is unlisted).
    expect(paths.sessions).toHaveLength(14 + 3 + 10);
    expect(paths.sessions.map((session) => session.slug)).not.toContain(upcomingSlugs.invitation);
    expect(paths.speakers.map((speaker) => speaker.slug)).not.toContain("morwenna-stace");
  });
});
