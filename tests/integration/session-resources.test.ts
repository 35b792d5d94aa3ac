import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { listMissingWelsh } from "@/lib/admin/dashboard/list-missing-welsh";
import { getSessionResources } from "@/lib/admin/resources/get-session-resources";
import { moveSessionResource } from "@/lib/admin/resources/move-session-resource";
import { removeSessionResource } from "@/lib/admin/resources/remove-session-resource";
import { saveSessionResource } from "@/lib/admin/resources/save-session-resource";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { getSessionPage } from "@/lib/programme/get-session-page";
import { listSessionResourcesFor } from "@/lib/resources/list-session-resources-for";
import { publicSessionResources } from "@/lib/resources/public-session-resources";
import { demoAccounts } from "@/prisma/seed/demo-accounts";

// Slides, recordings and reading on a session: organisers add them (https
// links only, with an audit entry), and each person sees only what is for
// them: a recording for attendees appears to attendees once the session has
// ended and never to anyone else; the shared cached page holds no link that
// is not for everyone.

const suffix = randomBytes(4).toString("hex");
const endsAt = new Date("2026-03-18T12:00:00Z");
const during = new Date("2026-03-18T11:30:00Z");
const after = new Date("2026-03-18T12:00:01Z");
let eventId = "";
let sessionId = "";
let otherSessionId = "";
let organiser: CurrentUser;
let counter = 0;
const people: Record<"signedIn" | "registrant" | "waitlisted" | "attendee" | "otherAttendee" | "absent", string> = {
  signedIn: "",
  registrant: "",
  waitlisted: "",
  attendee: "",
  otherAttendee: "",
  absent: "",
};

const link = (name: string) => `https://glanuskcc.sharepoint.com/${name}-${suffix}`;
const links = {
  slides: link("slides"),
  reading: link("reading"),
  recording: link("recording"),
  publicRecording: `https://www.youtube.com/watch?v=${suffix}`,
};

const person = (role: "ATTENDEE" | "ORGANISER" = "ATTENDEE") =>
  prisma.user.create({
    data: { email: `resources-${++counter}-${suffix}@example.test`, name: `Resources ${counter}`, role },
    select: { id: true, email: true, name: true, role: true },
  });

async function session(slug: string) {
  return (
    await prisma.session.create({
      data: {
        eventId,
        slug: `resources-${slug}-${suffix}`,
        title: `Resources ${slug}`,
        summary: "s",
        description: "d",
        startsAt: new Date(endsAt.getTime() - 90 * 60_000),
        endsAt,
        format: "ONLINE",
        joinUrl: "https://example.org/join",
        status: "PUBLISHED",
      },
    })
  ).id;
}

async function add(input: Record<string, string>) {
  const result = await saveSessionResource(prisma, organiser, { sessionId, ...input });
  if (!result.ok) throw new Error(`could not add ${JSON.stringify(input)}: ${JSON.stringify(result)}`);
  return result.resourceId;
}

const seenBy = async (userId: string | null, now: Date) => {
  const view = await listSessionResourcesFor(prisma, sessionId, userId ? { userId } : null, now);
  if (!view) throw new Error("the session is missing");
  return view;
};
const urlsSeenBy = async (userId: string | null, now: Date) => (await seenBy(userId, now)).shown.map((resource) => resource.url);

beforeAll(async () => {
  eventId = (
    await prisma.event.create({
      data: {
        slug: `resources-${suffix}`,
        title: "Resources week",
        summary: "s",
        startDate: new Date("2026-03-16"),
        endDate: new Date("2026-03-20"),
        organiserName: "o",
        status: "PUBLISHED",
      },
    })
  ).id;
  sessionId = await session("main");
  otherSessionId = await session("other");
  organiser = await person("ORGANISER");
  for (const key of Object.keys(people) as (keyof typeof people)[]) people[key] = (await person()).id;
  await prisma.registration.createMany({
    data: [
      { sessionId, userId: people.registrant, status: "CONFIRMED" },
      { sessionId, userId: people.waitlisted, status: "WAITLISTED", waitlistPosition: 1 },
      { sessionId, userId: people.attendee, status: "CONFIRMED", attendance: "ATTENDED", attendanceMarkedAt: during },
      { sessionId, userId: people.absent, status: "CONFIRMED", attendance: "ABSENT", attendanceMarkedAt: during },
      { sessionId: otherSessionId, userId: people.otherAttendee, status: "CONFIRMED", attendance: "ATTENDED", attendanceMarkedAt: during },
    ],
  });
  await add({ kind: "SLIDES", title: "Slides", titleCy: "Sleidiau", url: links.slides, visibility: "EVERYONE" });
  await add({ kind: "READING", title: "Reading list", url: links.reading, visibility: "REGISTRANTS" });
  await add({ kind: "RECORDING", title: "Recording for attendees", url: links.recording, visibility: "ATTENDEES" });
});

afterAll(async () => {
  await prisma.event.delete({ where: { id: eventId } });
  await prisma.user.deleteMany({ where: { email: { contains: suffix } } });
});

describe("adding resources", () => {
  it("keeps them in the order added, each link as the browser reads it, with an audit entry each", async () => {
    const data = await getSessionResources(prisma, organiser, sessionId);
    expect(data?.resources.map((resource) => [resource.kind, resource.position, resource.visibility])).toEqual([
      ["SLIDES", 0, "EVERYONE"],
      ["READING", 1, "REGISTRANTS"],
      ["RECORDING", 2, "ATTENDEES"],
    ]);
    expect(data?.resources[0]).toMatchObject({ titleCy: "Sleidiau", domain: "glanuskcc.sharepoint.com" });
    expect(data?.resources[1]?.titleCy).toBeNull();
    const audit = await prisma.auditEntry.findMany({ where: { entityId: sessionId, action: "session-resource.add" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.summary)).toEqual(["Resources main: Slides", "Resources main: Reading list", "Resources main: Recording for attendees"]);
    expect(audit[0]?.actorId).toBe(organiser.id);
  });

  it("lists the titles still to write in Welsh with the week's other gaps, each leading to its session", async () => {
    const gaps = ((await listMissingWelsh(prisma, organiser, eventId)) ?? []).filter((gap) => gap.kind === "resource");
    expect(gaps.map((gap) => [gap.name, gap.sessionId, gap.fields])).toEqual([
      ["Reading list", sessionId, ["title"]],
      ["Recording for attendees", sessionId, ["title"]],
    ]);
  });

  it.each([
    ["http://glanuskcc.sharepoint.com/slides", "urlNotHttps"],
    ["javascript:alert(1)", "urlNotHttps"],
    ["https://", "urlInvalid"],
    ["https://intranet/slides", "urlInvalid"],
    ["https://glanuskcc.sharepoint.com/my slides.pptx", "urlSpaces"],
    ["https://user:pass@glanuskcc.sharepoint.com/", "urlCredentials"],
  ])("refuses %j field by field and writes nothing", async (url, problem) => {
    const before = await prisma.sessionResource.count({ where: { sessionId } });
    const result = await saveSessionResource(prisma, organiser, { sessionId, kind: "SLIDES", title: "", url, visibility: "" });
    expect(result).toEqual({ ok: false, fieldErrors: { url: problem, title: "titleRequired", visibility: "visibilityRequired" } });
    expect(await prisma.sessionResource.count({ where: { sessionId } })).toBe(before);
  });

  it("refuses people who are not organisers, before reading anything", async () => {
    const attendee = { ...organiser, id: people.attendee, role: "ATTENDEE" as const };
    const input = { sessionId, kind: "SLIDES", title: "Mine", url: links.slides, visibility: "EVERYONE" };
    await expect(saveSessionResource(prisma, attendee, input)).rejects.toThrow(NotOrganiserError);
    await expect(saveSessionResource(prisma, null as unknown as CurrentUser, input)).rejects.toThrow(NotOrganiserError);
    await expect(getSessionResources(prisma, attendee, sessionId)).rejects.toThrow(NotOrganiserError);
    await expect(removeSessionResource(prisma, attendee, { sessionId, resourceId: "x" })).rejects.toThrow(NotOrganiserError);
    await expect(moveSessionResource(prisma, attendee, { sessionId, resourceId: "x", direction: "up" })).rejects.toThrow(NotOrganiserError);
  });

  it("refuses a session or resource that does not exist, or a resource of another session", async () => {
    const valid = { kind: "SLIDES", title: "Slides", url: links.slides, visibility: "EVERYONE" };
    expect(await saveSessionResource(prisma, organiser, { ...valid, sessionId: "nosuchsession" })).toEqual({ ok: false, refusal: "notFound" });
    expect(await saveSessionResource(prisma, organiser, { ...valid, sessionId: { not: "" } })).toEqual({ ok: false, refusal: "notFound" });
    const theirs = await prisma.sessionResource.create({
      data: { sessionId: otherSessionId, kind: "SLIDES", title: "Theirs", url: links.slides, position: 0 },
    });
    expect(await saveSessionResource(prisma, organiser, { ...valid, sessionId, resourceId: theirs.id, title: "Taken over" })).toEqual({
      ok: false,
      refusal: "notFound",
    });
    expect(await removeSessionResource(prisma, organiser, { sessionId, resourceId: theirs.id })).toEqual({ ok: false, refusal: "notFound" });
    expect(await moveSessionResource(prisma, organiser, { sessionId, resourceId: theirs.id, direction: "up" })).toEqual({ ok: false, refusal: "notFound" });
    expect((await prisma.sessionResource.findUniqueOrThrow({ where: { id: theirs.id } })).title).toBe("Theirs");
    await prisma.sessionResource.delete({ where: { id: theirs.id } });
  });
});

describe("who sees what", () => {
  it("an anonymous visitor sees only what is for everyone, and hears that more is for registrants and attendees", async () => {
    for (const now of [during, after]) {
      const view = await seenBy(null, now);
      expect(view.shown.map((resource) => resource.url)).toEqual([links.slides]);
      expect(view.stillToCome).toEqual(["registrants", "attendees"]);
    }
  });

  it("shows each link with its domain and its Welsh title", async () => {
    const [slides] = (await seenBy(null, after)).shown;
    expect(slides).toEqual({
      id: expect.any(String),
      kind: "SLIDES",
      title: "Slides",
      titleCy: "Sleidiau",
      url: links.slides,
      domain: "glanuskcc.sharepoint.com",
    });
  });

  it("a signed-in person without a place, or on the waiting list, sees what anyone sees", async () => {
    for (const userId of [people.signedIn, people.waitlisted]) {
      expect(await urlsSeenBy(userId, after)).toEqual([links.slides]);
    }
  });

  it("a confirmed registrant (marked absent or not) sees the reading too, never the recording for attendees", async () => {
    for (const userId of [people.registrant, people.absent]) {
      expect(await urlsSeenBy(userId, during)).toEqual([links.slides, links.reading]);
      expect(await urlsSeenBy(userId, after)).toEqual([links.slides, links.reading]);
      expect((await seenBy(userId, after)).stillToCome).toEqual(["attendees"]);
    }
  });

  it("an attendee sees the recording for attendees only once the session has ended", async () => {
    expect(await urlsSeenBy(people.attendee, during)).toEqual([links.slides, links.reading]);
    expect((await seenBy(people.attendee, during)).stillToCome).toEqual(["afterSession"]);
    expect(await urlsSeenBy(people.attendee, after)).toEqual([links.slides, links.reading, links.recording]);
    expect((await seenBy(people.attendee, after)).stillToCome).toEqual([]);
  });

  it("an attendee of another session is no attendee of this one", async () => {
    expect(await urlsSeenBy(people.otherAttendee, after)).toEqual([links.slides]);
  });

  it("a recording for everyone waits for the end of the session, then everyone sees it", async () => {
    const id = await add({ kind: "RECORDING", title: "Public recording", url: links.publicRecording, visibility: "EVERYONE" });
    try {
      expect(await urlsSeenBy(null, during)).toEqual([links.slides]);
      expect((await seenBy(null, during)).stillToCome).toEqual(["registrants", "attendees", "afterSession"]);
      expect(await urlsSeenBy(null, after)).toEqual([links.slides, links.publicRecording]);
      expect((await seenBy(null, after)).shown[1]?.domain).toBe("youtube.com");
    } finally {
      expect(await removeSessionResource(prisma, organiser, { sessionId, resourceId: id })).toEqual({ ok: true, title: "Public recording" });
    }
  });

  it("a link written round the form that fails the https rule is shown to nobody", async () => {
    const bad = await prisma.sessionResource.create({ data: { sessionId, kind: "OTHER", title: "Old link", url: "http://example.org/", position: 9 } });
    try {
      expect(await urlsSeenBy(people.attendee, after)).not.toContain("http://example.org/");
      const admin = await getSessionResources(prisma, organiser, sessionId);
      expect(admin?.resources.find((resource) => resource.id === bad.id)?.domain).toBeNull();
    } finally {
      await prisma.sessionResource.delete({ where: { id: bad.id } });
    }
  });

  it("a draft session's resources are nobody's", async () => {
    await prisma.session.update({ where: { id: sessionId }, data: { status: "DRAFT" } });
    try {
      expect(await listSessionResourcesFor(prisma, sessionId, { userId: people.attendee }, after)).toBeNull();
    } finally {
      await prisma.session.update({ where: { id: sessionId }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("the shared cached session page", () => {
  it("holds the resources for everyone whole, and of the others only what kind they are and who they are for", async () => {
    const page = await getSessionPage(prisma, `resources-main-${suffix}`);
    if (!page) throw new Error("the session page is missing");
    const text = JSON.stringify(page);
    expect(text).toContain(links.slides);
    for (const secret of [links.reading, links.recording, "Reading list", "Recording for attendees"]) expect(text).not.toContain(secret);
    expect(page.restrictedResources).toEqual([
      { kind: "READING", visibility: "REGISTRANTS" },
      { kind: "RECORDING", visibility: "ATTENDEES" },
    ]);
    // What a visitor's page shows from it is what the per-person function gives a visitor.
    expect(publicSessionResources(page, after)).toEqual(await seenBy(null, after));
  });

  it("a change to resources is announced to every server process as a programme change", async () => {
    const triggers = await prisma.$queryRaw<
      { tgname: string }[]
    >`SELECT tgname FROM pg_trigger WHERE tgrelid = '"SessionResource"'::regclass AND NOT tgisinternal`;
    expect(triggers.map((trigger) => trigger.tgname)).toEqual(["SessionResource_notify_change"]);
  });
});

describe("reordering and removing", () => {
  it("moves a resource up and down, numbering the list afresh, and logs the move", async () => {
    const [slides, reading, recording] = (await getSessionResources(prisma, organiser, sessionId))!.resources;
    expect(await moveSessionResource(prisma, organiser, { sessionId, resourceId: recording!.id, direction: "up" })).toEqual({
      ok: true,
      title: recording!.title,
      moved: true,
    });
    const order = async () => (await getSessionResources(prisma, organiser, sessionId))!.resources.map((resource) => [resource.id, resource.position]);
    expect(await order()).toEqual([
      [slides!.id, 0],
      [recording!.id, 1],
      [reading!.id, 2],
    ]);
    expect(await moveSessionResource(prisma, organiser, { sessionId, resourceId: slides!.id, direction: "up" })).toEqual({
      ok: true,
      title: "Slides",
      moved: false,
    });
    expect(await moveSessionResource(prisma, organiser, { sessionId, resourceId: recording!.id, direction: "down" })).toMatchObject({ moved: true });
    expect(await order()).toEqual([
      [slides!.id, 0],
      [reading!.id, 1],
      [recording!.id, 2],
    ]);
    expect(await moveSessionResource(prisma, organiser, { sessionId, resourceId: recording!.id, direction: "sideways" })).toEqual({
      ok: false,
      refusal: "notFound",
    });
    expect(await prisma.auditEntry.count({ where: { entityId: sessionId, action: "session-resource.move" } })).toBe(2);
  });

  it("edits a resource in place, logging before and after", async () => {
    const reading = (await getSessionResources(prisma, organiser, sessionId))!.resources[1]!;
    const result = await saveSessionResource(prisma, organiser, {
      sessionId,
      resourceId: reading.id,
      kind: "READING",
      title: "Reading list",
      titleCy: "Rhestr ddarllen",
      url: links.reading,
      visibility: "ATTENDEES",
    });
    expect(result).toEqual({ ok: true, resourceId: reading.id, title: "Reading list", added: false });
    expect(await urlsSeenBy(people.registrant, after)).toEqual([links.slides]);
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: sessionId, action: "session-resource.update" } });
    expect(entry.before).toMatchObject({ visibility: "REGISTRANTS", titleCy: null });
    expect(entry.after).toMatchObject({ visibility: "ATTENDEES", titleCy: "Rhestr ddarllen", position: 1 });
  });

  it("removes a resource with an audit entry, and goes with its session", async () => {
    const slides = (await getSessionResources(prisma, organiser, sessionId))!.resources[0]!;
    expect(await removeSessionResource(prisma, organiser, { sessionId, resourceId: slides.id })).toEqual({ ok: true, title: "Slides" });
    expect(await removeSessionResource(prisma, organiser, { sessionId, resourceId: slides.id })).toEqual({ ok: false, refusal: "notFound" });
    expect(await urlsSeenBy(null, after)).toEqual([]);
    expect(
      await prisma.auditEntry.findFirst({ where: { entityId: sessionId, action: "session-resource.remove" }, orderBy: { createdAt: "desc" } }),
    ).toMatchObject({ summary: "Resources main: Slides", before: { id: slides.id, url: links.slides } });
    await prisma.session.delete({ where: { id: otherSessionId } });
    await prisma.sessionResource.create({ data: { sessionId, kind: "OTHER", title: "Last", url: links.slides, position: 5 } });
    await prisma.session.delete({ where: { id: sessionId } });
    expect(await prisma.sessionResource.count({ where: { sessionId } })).toBe(0);
  });
});

describe("the demo week", () => {
  it("shows the demo attendee the recording of the session they attended, and an anonymous visitor only the slides", async () => {
    const attended = await prisma.session.findUniqueOrThrow({ where: { slug: "do-you-get-me" }, select: { id: true } });
    const alex = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts.attendee.email }, select: { id: true } });
    const theirs = await listSessionResourcesFor(prisma, attended.id, { userId: alex.id });
    expect(theirs?.shown.map((resource) => resource.kind)).toEqual(["SLIDES", "READING", "RECORDING"]);
    const anyone = await listSessionResourcesFor(prisma, attended.id, null);
    expect(anyone?.shown.map((resource) => resource.kind)).toEqual(["SLIDES"]);
    expect(anyone?.stillToCome).toEqual(["registrants", "attendees"]);
  });
});
