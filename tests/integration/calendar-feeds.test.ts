import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import { getSessionPage } from "@/lib/programme/get-session-page";
import { getThemeCalendarFeed } from "@/lib/programme/get-theme-calendar-feed";
import { getWeekCalendarFeed } from "@/lib/programme/get-week-calendar-feed";
import { buildSessionCalendar } from "@/lib/programme/session-calendar";
import { DEMO_EVENT_SLUG, demoSlugs } from "@/prisma/seed/social-work-week-2025";
import { createSession, createTheme, createWeek } from "../helpers/factories";

// The calendar feeds anyone can subscribe to (/weeks/<slug>/calendar.ics,
// /themes/<slug>/calendar.ics), as the route handlers build them from the
// public programme's loaders (Next.js's cache calls do nothing outside a
// server), read back with node-ical as a calendar app would.

vi.mock("next/cache", () => ({ cacheTag: () => undefined, cacheLife: () => undefined }));

const SITE = "https://cpdweek.example";

type Feed = { events: ical.VEvent[]; name: unknown; text: string };

function parse(text: string | null): Feed {
  if (text === null) throw new Error("no feed");
  const parsed = ical.sync.parseICS(text);
  const events = Object.values(parsed).filter((component): component is ical.VEvent => component?.type === "VEVENT");
  const calendar = Object.values(parsed).find((component) => component?.type === "VCALENDAR") as Record<string, unknown> | undefined;
  return { events, name: calendar?.["WR-CALNAME"], text };
}

const weekFeed = async (slug: string, locale: AppLocale = "en") => parse(await getWeekCalendarFeed(slug, { locale, siteUrl: SITE }));
const themeFeed = async (slug: string, locale: AppLocale = "en") => parse(await getThemeCalendarFeed(slug, { locale, siteUrl: SITE }));
const byUid = (feed: Feed, id: string) => feed.events.find((event) => event.uid === `session-${id}@cpdweek.example`);

describe("the week's and themes' calendar feeds", () => {
  const ids: Record<string, string> = {};
  let slug = "";
  let themeSlug = "";
  let otherThemeSlug = "";
  let draftWeekSlug = "";
  let draftThemeSlug = "";
  const longAgo = new Date("2026-01-05T09:00:00Z");

  beforeAll(async () => {
    const week = await createWeek(prisma, { title: "Spring Practice Week", titleCy: "Wythnos Ymarfer y Gwanwyn" });
    slug = week.slug;
    const theme = await createTheme(prisma, week.id, { name: "Rights and justice", nameCy: "Hawliau a chyfiawnder" });
    themeSlug = theme.slug;
    const other = await createTheme(prisma, week.id, { name: "Well-being", nameCy: "Llesiant" });
    otherThemeSlug = other.slug;
    // Last changed long ago, so a change made by the test is surely later by whole seconds.
    const make = async (key: string, data: Parameters<typeof createSession>[2]) => {
      ids[key] = (await createSession(prisma, week.id, { updatedAt: longAgo, ...data })).id;
    };
    await make("moving", { themeId: theme.id, title: "A session that will move", titleCy: "Sesiwn a fydd yn symud", summaryCy: "Crynodeb yn Gymraeg." });
    await make("cancelling", { themeId: theme.id, title: "A session that will be cancelled" });
    await make("alreadyCancelled", { themeId: other.id, title: "Already cancelled", status: "CANCELLED", cancelledAt: longAgo });
    await make("otherTheme", { themeId: other.id, title: "In the other theme" });
    await make("draft", { themeId: theme.id, title: "A draft", status: "DRAFT" });
    await make("unlisted", { themeId: theme.id, title: "Left out of the programme", unlisted: true });
    const draftWeek = await createWeek(prisma, { status: "DRAFT", publishedAt: null, title: "A draft week" });
    draftWeekSlug = draftWeek.slug;
    draftThemeSlug = (await createTheme(prisma, draftWeek.id)).slug;
    ids.inDraftWeek = (await createSession(prisma, draftWeek.id, { title: "In a draft week" })).id;
  });

  afterAll(async () => {
    await prisma.event.deleteMany({ where: { slug: { in: [slug, draftWeekSlug] } } });
  });

  it("has the week's listed sessions, cancelled ones marked, and never drafts or sessions left out of the programme", async () => {
    const feed = await weekFeed(slug);
    expect(feed.name).toBe("Spring Practice Week");
    expect(feed.events.map((event) => event.uid).sort()).toEqual(
      ["moving", "cancelling", "alreadyCancelled", "otherTheme"].map((key) => `session-${ids[key]}@cpdweek.example`).sort(),
    );
    expect(byUid(feed, ids.alreadyCancelled!)?.status).toBe("CANCELLED");
    expect(byUid(feed, ids.moving!)?.status).toBe("CONFIRMED");
    for (const hidden of ["draft", "unlisted", "inDraftWeek"]) expect(feed.text).not.toContain(ids[hidden]!);
    expect(feed.text).not.toMatch(/A draft|Left out of the programme|In a draft week/);
    expect(feed.text.replace(/\r\n[ \t]/g, "")).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
  });

  it("has one theme's sessions in the theme's feed, named after the theme and its week", async () => {
    const feed = await themeFeed(themeSlug);
    expect(feed.name).toBe("Rights and justice (Spring Practice Week)");
    expect(feed.events.map((event) => event.uid).sort()).toEqual(["moving", "cancelling"].map((key) => `session-${ids[key]}@cpdweek.example`).sort());
    const other = await themeFeed(otherThemeSlug);
    expect(other.events.map((event) => [event.uid, event.status])).toEqual(
      expect.arrayContaining([
        [`session-${ids.alreadyCancelled}@cpdweek.example`, "CANCELLED"],
        [`session-${ids.otherTheme}@cpdweek.example`, "CONFIRMED"],
      ]),
    );
  });

  it("is in Welsh at the Welsh address, with the same UIDs", async () => {
    const english = await weekFeed(slug);
    const welsh = await weekFeed(slug, "cy");
    expect(welsh.name).toBe("Wythnos Ymarfer y Gwanwyn");
    const moving = byUid(welsh, ids.moving!);
    expect(moving?.summary).toBe("Sesiwn a fydd yn symud");
    expect(moving?.description).toContain("Crynodeb yn Gymraeg.");
    expect(String(moving?.url)).toMatch(/^https:\/\/cpdweek\.example\/cy\/sessions\//);
    expect(welsh.events.map((event) => event.uid).sort()).toEqual(english.events.map((event) => event.uid).sort());
    expect((await themeFeed(themeSlug, "cy")).name).toBe("Hawliau a chyfiawnder (Wythnos Ymarfer y Gwanwyn)");
  });

  it("keeps a moved session's UID and raises its SEQUENCE", async () => {
    const before = byUid(await weekFeed(slug), ids.moving!)!;
    await prisma.session.update({ where: { id: ids.moving! }, data: { startsAt: new Date("2026-03-24T14:00:00Z"), endsAt: new Date("2026-03-24T15:30:00Z") } });
    const after = byUid(await weekFeed(slug), ids.moving!)!;
    expect(after.uid).toBe(before.uid);
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(new Date(after.start).toISOString()).toBe("2026-03-24T14:00:00.000Z");
    // The theme's feed and the session's own download agree.
    const inTheme = byUid(await themeFeed(themeSlug), ids.moving!)!;
    expect(String(inTheme.sequence)).toBe(String(after.sequence));
  });

  it("marks a session cancelled by organisers STATUS:CANCELLED with a higher SEQUENCE, so subscribed calendars drop it", async () => {
    const before = byUid(await weekFeed(slug), ids.cancelling!)!;
    expect(before.status).toBe("CONFIRMED");
    await prisma.session.update({ where: { id: ids.cancelling! }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    const after = byUid(await weekFeed(slug), ids.cancelling!)!;
    expect(after.status).toBe("CANCELLED");
    expect(after.uid).toBe(before.uid);
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
  });

  it("gives a session the UID of its single download, so it is not doubled", async () => {
    const page = await getSessionPage(prisma, demoSlugs.mockCourt);
    if (!page) throw new Error("the mock court session is missing");
    const single = parse(buildSessionCalendar(page, SITE, "cpdweek.example", "en")).events[0]!;
    const inWeek = (await weekFeed(DEMO_EVENT_SLUG)).events.find((event) => event.uid === single.uid);
    expect(inWeek).toBeDefined();
    expect(String(inWeek?.sequence)).toBe(String(single.sequence));
  });

  it("is null, so a 404, for a draft week or its theme, an unknown one and anything that is not a slug", async () => {
    for (const value of [draftWeekSlug, "no-such-week", "%", "%zz", " ", `${slug} `, "ŵyl-ŷd", "x".repeat(5000), slug.toUpperCase()]) {
      expect(await getWeekCalendarFeed(value, { locale: "en", siteUrl: SITE }), JSON.stringify(value.slice(0, 40))).toBeNull();
    }
    for (const value of [draftThemeSlug, "no-such-theme", "%", " ", "ŵ", "x".repeat(5000)]) {
      expect(await getThemeCalendarFeed(value, { locale: "en", siteUrl: SITE }), JSON.stringify(value.slice(0, 40))).toBeNull();
    }
  });
});
