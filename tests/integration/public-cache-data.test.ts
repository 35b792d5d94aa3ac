import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getCurrentEvent, getPublishedEvent, listPublishedEvents } from "@/lib/programme/get-current-event";
import { getSessionPage } from "@/lib/programme/get-session-page";
import { countPublicSessions, listEventThemes, listFeaturedSessions, listProgrammeSessions } from "@/lib/programme/list-programme-sessions";
import { listWeekScheduleSessions } from "@/lib/programme/list-week-schedule-sessions";
import { getSpeakerPage, listPublicSpeakers } from "@/lib/programme/speakers";
import { getThemePage, listPublicPaths } from "@/lib/programme/themes";
import { demoSlugs } from "@/prisma/seed/social-work-week-2025";

// The public programme cache (lib/programme/public-cache.ts) is shared by
// every visitor, so nothing personal may ever go into it. Its entries are
// whatever the loaders below return; this test books a distinctive person onto
// the demo week, with a CPD entry and a certificate-ready attendance, calls
// every loader the cache wraps, and looks for that person (and for personal
// fields in general) in what comes back. It also reads the cache module itself
// to prove that the list of loaders here is the complete one and that no
// cached function can see who is asking.

const CACHE_MODULE = path.join(process.cwd(), "lib", "programme", "public-cache.ts");
const suffix = randomBytes(4).toString("hex");
const person = {
  email: `cache-probe-${suffix}@example.test`,
  name: `Cache Probe ${suffix}`,
  registrationNumber: `SW-PROBE-${suffix}`,
  organisation: `Probe Borough ${suffix}`,
};
let userId = "";

/** The keys a visitor (or anyone calling the cached functions directly) can pass. */
type LoaderKeys = { event: { id: string; slug: string; timeZone: string }; sessionSlug: string; speakerSlug: string; themeSlug: string };

/** Every loader the cache wraps, called with these keys. */
async function everyCachedLoaderResultFor(keys: LoaderKeys) {
  return {
    getCurrentEvent: await getCurrentEvent(prisma, new Date("2025-03-01T00:00:00")),
    getPublishedEvent: await getPublishedEvent(prisma, keys.event.slug),
    listPublishedEvents: await listPublishedEvents(prisma),
    listEventThemes: await listEventThemes(prisma, keys.event.id),
    countPublicSessions: await countPublicSessions(prisma, keys.event.id),
    listFeaturedSessions: await listFeaturedSessions(prisma, keys.event.id),
    listProgrammeSessions: await listProgrammeSessions(prisma, keys.event, {}),
    getSessionPage: await getSessionPage(prisma, keys.sessionSlug),
    getSpeakerPage: await getSpeakerPage(prisma, keys.speakerSlug),
    listPublicSpeakers: await listPublicSpeakers(prisma),
    getThemePage: await getThemePage(prisma, keys.themeSlug),
    listPublicPaths: await listPublicPaths(prisma),
    listWeekScheduleSessions: await listWeekScheduleSessions(prisma, keys.event.id),
  };
}

/** Every loader the cache wraps, called as the pages call them for the demo week. */
async function everyCachedLoaderResult() {
  const week = await getPublishedEvent(prisma, demoSlugs.event);
  if (!week) throw new Error("the demo week is missing");
  const session = await getSessionPage(prisma, demoSlugs.fullWorkshop);
  const speakerSlug = session?.speakers[0]?.speaker.slug;
  const themeSlug = session?.theme?.slug;
  if (!speakerSlug || !themeSlug) throw new Error("the full workshop needs a speaker and a theme for this test");
  return everyCachedLoaderResultFor({ event: week, sessionSlug: demoSlugs.fullWorkshop, speakerSlug, themeSlug });
}

/** Every key anywhere in a value, nested objects and arrays included. */
function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, found);
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) {
      found.add(key);
      keysIn(inner, found);
    }
  }
  return found;
}

beforeAll(async () => {
  const user = await prisma.user.create({
    data: { ...person, regulator: "SOCIAL_WORK_ENGLAND", jobRole: "Senior practitioner" },
  });
  userId = user.id;
  const session = await prisma.session.findUniqueOrThrow({ where: { slug: demoSlugs.mockCourt } });
  await prisma.registration.create({ data: { sessionId: session.id, userId, status: "CONFIRMED", attendance: "ATTENDED" } });
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { id: userId } });
});

describe("the shared public programme cache", () => {
  it("caches exactly the loaders this test checks, and no function in it can see who is asking", async () => {
    const source = await readFile(CACHE_MODULE, "utf8");
    const imported = [...source.matchAll(/^import \{([^}]+)\} from "\.\/[^"]+";$/gm)].flatMap((match) =>
      match[1]!
        .split(",")
        .map((name) => name.trim())
        .filter((name) => name && !name.startsWith("type ") && name !== "publicCacheKey" && name !== "PUBLIC_PROGRAMME_TAG"),
    );
    // Every cached function checks its arguments before they reach a query (see public-cache-keys.ts).
    const bodies = source.split(/export async function cached/).slice(1);
    for (const body of bodies) if (!/^\w+\(\)/.test(body)) expect(body.slice(0, body.indexOf("\n}"))).toMatch(/publicCacheKey\./);
    expect(imported.sort()).toEqual(Object.keys(await everyCachedLoaderResult()).sort());
    // Nothing request-bound or personal is reachable from the module.
    expect(source).not.toMatch(/next\/headers|getCurrentUser|getServerSession|cookies\(|headers\(|userId|email/);
    // Every cached function takes only public keys.
    const parameters = [...source.matchAll(/export async function cached\w+\(([^)]*)\)/g)].map((match) => match[1]!);
    expect(parameters.length).toBeGreaterThanOrEqual(13);
    for (const list of parameters)
      expect(list).toMatch(/^$|^(day|slug|eventId): string$|^event: \{ id: string; timeZone: string \}, filters: ProgrammeFilters$/);
  });

  it("holds nothing about the people who booked, attended or signed up", async () => {
    const results = await everyCachedLoaderResult();
    const text = JSON.stringify(results);
    for (const value of [person.email, person.name, person.registrationNumber, person.organisation, userId]) {
      expect(text).not.toContain(value);
    }
    const keys = keysIn(results);
    for (const personal of [
      "email",
      "userId",
      "user",
      "registrations",
      "passwordHash",
      "registrationNumber",
      "joinUrl",
      "checkInCode",
      "calendarToken",
      "_count",
    ]) {
      expect(keys.has(personal), `a cached result has a "${personal}" field`).toBe(false);
    }
  });

  it("does not carry places left, which change with every booking", async () => {
    const keys = keysIn(await everyCachedLoaderResult());
    expect(keys.has("places")).toBe(false);
    expect(keys.has("capacity")).toBe(true);
  });
});

// Each cached function is an endpoint anyone can call with any key (see
// public-cache.ts), so every loader must apply the published-week rule itself,
// not trust its caller to have found the week through a public page.
describe("a draft week through the public loaders", () => {
  const draft = { title: `Draft week ${suffix}`, theme: `Draft theme ${suffix}`, session: `Draft session ${suffix}`, speaker: `Draft speaker ${suffix}` };
  let keys: LoaderKeys;
  let draftIds: string[] = [];

  beforeAll(async () => {
    const event = await prisma.event.create({
      data: {
        slug: `draft-week-${suffix}`,
        title: draft.title,
        summary: "Not yet public.",
        startDate: new Date("2025-03-17"),
        endDate: new Date("2025-03-21"),
        organiserName: "Draft organiser",
        status: "DRAFT",
      },
    });
    const theme = await prisma.theme.create({
      data: { eventId: event.id, slug: `draft-theme-${suffix}`, name: draft.theme, summary: "Secret summary.", colour: "#1d4e89" },
    });
    const speaker = await prisma.speaker.create({ data: { slug: `draft-speaker-${suffix}`, name: draft.speaker } });
    // Even a session marked published and featured stays hidden while its week is a draft.
    const session = await prisma.session.create({
      data: {
        eventId: event.id,
        themeId: theme.id,
        slug: `draft-session-${suffix}`,
        title: draft.session,
        summary: "Secret.",
        description: "Secret.",
        startsAt: new Date("2025-03-17T10:00:00Z"),
        endsAt: new Date("2025-03-17T11:00:00Z"),
        format: "ONLINE",
        status: "PUBLISHED",
        featured: true,
        speakers: { create: { speakerId: speaker.id, position: 1 } },
      },
    });
    keys = { event: { id: event.id, slug: event.slug, timeZone: event.timeZone }, sessionSlug: session.slug, speakerSlug: speaker.slug, themeSlug: theme.slug };
    draftIds = [event.id, theme.id, session.id, speaker.id];
  });

  afterAll(async () => {
    await prisma.event.deleteMany({ where: { slug: `draft-week-${suffix}` } });
    await prisma.speaker.deleteMany({ where: { slug: `draft-speaker-${suffix}` } });
  });

  it("gives nothing of it to anyone who names it", async () => {
    const results = await everyCachedLoaderResultFor(keys);
    expect(results.getPublishedEvent).toBeNull();
    expect(results.listEventThemes).toEqual([]);
    expect(results.countPublicSessions).toBe(0);
    expect(results.listFeaturedSessions).toEqual([]);
    expect(results.listProgrammeSessions).toEqual([]);
    expect(results.getSessionPage).toBeNull();
    expect(results.getSpeakerPage).toBeNull();
    expect(results.getThemePage).toBeNull();
    expect(results.listWeekScheduleSessions).toEqual([]);
    const text = JSON.stringify(results);
    for (const value of [...Object.values(draft), ...draftIds, `draft-week-${suffix}`, `draft-theme-${suffix}`]) expect(text).not.toContain(value);
  });
});
