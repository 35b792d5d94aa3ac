import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { setEmbedOrigins } from "@/lib/admin/events/set-embed-origins";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { embedFrameAncestors, forgetEmbedOrigins } from "@/lib/embed/embed-frame-ancestors";

// Which websites may frame a week's programme (ADR 0015): only organisers
// change the list, a bad line changes nothing, each change is audited, and
// the embed page's policy follows the list of a published week only.

const suffix = randomBytes(4).toString("hex");
let organiser: CurrentUser;
let attendee: CurrentUser;
let eventId: string;
const slug = `embed-week-${suffix}`;

beforeAll(async () => {
  organiser = await prisma.user.create({
    data: { email: `embed-organiser-${suffix}@example.test`, name: "Embed Organiser", role: "ORGANISER" },
    select: { id: true, email: true, name: true, role: true },
  });
  attendee = await prisma.user.create({
    data: { email: `embed-attendee-${suffix}@example.test`, name: "Embed Attendee", role: "ATTENDEE" },
    select: { id: true, email: true, name: true, role: true },
  });
  const event = await prisma.event.create({
    data: {
      slug,
      title: "Embed week",
      summary: "For frames",
      startDate: new Date("2031-03-17"),
      endDate: new Date("2031-03-21"),
      organiserName: "Cyngor",
      status: "DRAFT",
    },
    select: { id: true },
  });
  eventId = event.id;
});

afterAll(async () => {
  await prisma.auditEntry.deleteMany({ where: { entityId: eventId } });
  await prisma.event.delete({ where: { id: eventId } });
  await prisma.user.deleteMany({ where: { id: { in: [organiser.id, attendee.id] } } });
});

describe("setting the websites that may frame a week", () => {
  it("is for organisers only", async () => {
    await expect(setEmbedOrigins(prisma, attendee, { eventId, embedOrigins: "https://intranet.example.gov.uk" })).rejects.toBeInstanceOf(NotOrganiserError);
  });

  it("refuses a bad line beside the field and writes nothing", async () => {
    const result = await setEmbedOrigins(prisma, organiser, { eventId, embedOrigins: "https://intranet.example.gov.uk\nhttp://intranet.example.gov.uk" });
    expect(result).toEqual({ ok: false, fieldErrors: { embedOrigins: "embedOriginInvalid" } });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).embedOrigins).toEqual([]);
    expect(await prisma.auditEntry.count({ where: { entityId: eventId } })).toBe(0);
  });

  it("answers an unknown or malformed week as not found", async () => {
    expect(await setEmbedOrigins(prisma, organiser, { eventId: "nosuchweek", embedOrigins: "" })).toEqual({ ok: false, refusal: "notFound" });
    expect(await setEmbedOrigins(prisma, organiser, { eventId: { not: "" }, embedOrigins: "" })).toEqual({ ok: false, refusal: "notFound" });
  });

  it("saves the origins, once each, with an audit entry of before and after", async () => {
    const result = await setEmbedOrigins(prisma, organiser, {
      eventId,
      embedOrigins: "https://Intranet.Example.gov.uk/\nhttps://intranet.example.gov.uk\nhttp://localhost:4000",
    });
    expect(result).toEqual({ ok: true, embedOrigins: ["https://intranet.example.gov.uk", "http://localhost:4000"] });
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: eventId, action: "event.embed-origins" } });
    expect(entry.before).toEqual({ embedOrigins: [] });
    expect(entry.after).toEqual({ embedOrigins: ["https://intranet.example.gov.uk", "http://localhost:4000"] });
  });
});

describe("the embed page's frame-ancestors", () => {
  it("allows no one while the week is a draft, and exactly the listed websites once it is published", async () => {
    forgetEmbedOrigins();
    expect(await embedFrameAncestors(prisma, slug)).toEqual([]);
    await prisma.event.update({ where: { id: eventId }, data: { status: "PUBLISHED" } });
    forgetEmbedOrigins();
    expect(await embedFrameAncestors(prisma, slug)).toEqual(["https://intranet.example.gov.uk", "http://localhost:4000"]);
    expect(await embedFrameAncestors(prisma, "no-such-week")).toEqual([]);
  });

  it("reads the list again after 30 seconds even when no change was heard", async () => {
    forgetEmbedOrigins();
    const now = Date.now();
    expect(await embedFrameAncestors(prisma, slug, now)).toHaveLength(2);
    await prisma.event.update({ where: { id: eventId }, data: { embedOrigins: [] } });
    expect(await embedFrameAncestors(prisma, slug, now + 1_000)).toHaveLength(2);
    expect(await embedFrameAncestors(prisma, slug, now + 31_000)).toEqual([]);
  });
});
