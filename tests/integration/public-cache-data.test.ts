import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getSessionPage } from "@/lib/programme/get-session-page";
import { getCurrentEvent, getPublishedEvent, listPublishedEvents } from "@/lib/programme/get-current-event";
import { countPublicSessions, listEventThemes, listFeaturedSessions, listProgrammeSessions } from "@/lib/programme/list-programme-sessions";
import { getSpeakerPage, listPublicSpeakers } from "@/lib/programme/speakers";
import { getThemePage, listPublicPaths } from "@/lib/programme/themes";
import { demoSlugs } from "@/prisma/seed/demo-week";

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

/** Every loader the cache wraps, called as the pages call them. */
async function everyCachedLoaderResult() {
  const week = await getPublishedEvent(demoSlugs.event);
  if (!week) throw new Error("the demo week is missing");
  const session = await getSessionPage(demoSlugs.fullWorkshop);
  const speakerSlug = session?.speakers[0]?.speaker.slug;
  const themeSlug = session?.theme?.slug;
  if (!speakerSlug || !themeSlug) throw new Error("the full workshop needs a speaker and a theme for this test");
  return {
    getCurrentEvent: await getCurrentEvent(new Date("2025-03-01T00:00:00")),
    getPublishedEvent: week,
    listPublishedEvents: await listPublishedEvents(),
    listEventThemes: await listEventThemes(week.id),
    countPublicSessions: await countPublicSessions(week.id),
    listFeaturedSessions: await listFeaturedSessions(week.id),
    listProgrammeSessions: await listProgrammeSessions(week, {}),
    getSessionPage: session,
    getSpeakerPage: await getSpeakerPage(speakerSlug),
    listPublicSpeakers: await listPublicSpeakers(),
    getThemePage: await getThemePage(themeSlug),
    listPublicPaths: await listPublicPaths(),
  };
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
      match[1]!.split(",").map((name) => name.trim()).filter((name) => name && !name.startsWith("type ") && name !== "publicCacheKey"),
    );
    // Every cached function checks its arguments before they reach a query (see public-cache-keys.ts).
    const bodies = source.split(/export async function cached/).slice(1);
    for (const body of bodies) if (!/^\w+\(\)/.test(body)) expect(body.slice(0, body.indexOf("\n}"))).toMatch(/publicCacheKey\./);
    expect(imported.sort()).toEqual(Object.keys(await everyCachedLoaderResult()).sort());
    // Nothing request-bound or personal is reachable from the module.
    expect(source).not.toMatch(/next\/headers|getCurrentUser|getServerSession|cookies\(|headers\(|userId|email/);
    // Every cached function takes only public keys.
    const parameters = [...source.matchAll(/export async function cached\w+\(([^)]*)\)/g)].map((match) => match[1]!);
    expect(parameters.length).toBeGreaterThanOrEqual(12);
    for (const list of parameters) expect(list).toMatch(/^$|^(day|slug|eventId): string$|^event: \{ id: string; timeZone: string \}, filters: ProgrammeFilters$/);
  });

  it("holds nothing about the people who booked, attended or signed up", async () => {
    const results = await everyCachedLoaderResult();
    const text = JSON.stringify(results);
    for (const value of [person.email, person.name, person.registrationNumber, person.organisation, userId]) {
      expect(text).not.toContain(value);
    }
    const keys = keysIn(results);
    for (const personal of ["email", "userId", "user", "registrations", "passwordHash", "registrationNumber", "joinUrl", "checkInCode", "calendarToken", "_count"]) {
      expect(keys.has(personal), `a cached result has a "${personal}" field`).toBe(false);
    }
  });

  it("does not carry places left, which change with every booking", async () => {
    const keys = keysIn(await everyCachedLoaderResult());
    expect(keys.has("places")).toBe(false);
    expect(keys.has("capacity")).toBe(true);
  });
});
