import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { getDashboard } from "@/lib/admin/dashboard/get-dashboard";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { UPCOMING_EVENT_SLUG } from "../../prisma/seed/glan-usk-practice-week";
import { PAST_EVENT_SLUG } from "../../prisma/seed/practice-week-2024";
import { DEMO_EVENT_SLUG, demoSlugs } from "../../prisma/seed/social-work-week-2025";
import { countQueries } from "../../scripts/support/count-queries";
import { createSession, createTheme, createUsers, createWeek } from "../helpers/factories";

// The dashboard's figures, exact, against the seeded demo weeks and a week
// made here (in 2031, slugs with a random suffix, deleted afterwards).

const suffix = randomBytes(4).toString("hex");
const prefix = `dash-${suffix}`;
const labels = { noTheme: "No theme", audience: (audience: string) => audience, day: (day: string) => day };
const organiser: CurrentUser = { id: "dashboard-test-organiser", email: "organiser@dashboard.test", name: "Dashboard Organiser", role: "ORGANISER" };
const attendee: CurrentUser = { ...organiser, role: "ATTENDEE" };
/** After both fixed weeks, so every one of their sessions has ended. */
const afterTheWeeks = new Date("2025-06-01T12:00:00Z");

let eventId: string;

/** The week whose figures the tests know: its sessions, places, attendance and cancellations, as the comments say. */
async function createDashboardWeek() {
  // Summer time: London is UTC+1.
  const event = await createWeek(prisma, {
    slug: `${prefix}-week`,
    title: "Dashboard Test Week",
    startDate: new Date("2031-06-16"),
    endDate: new Date("2031-06-18"),
    status: "DRAFT",
    publishedAt: null,
    audiences: ["EMPLOYERS"],
  });
  const theme = await createTheme(prisma, event.id, { name: "Only theme" });
  const users = await createUsers(prisma, 8, { emailDomain: `${prefix}.example.test` });
  const id = (n: number) => users[n]!;
  const session = (data: {
    startsAt: string;
    minutes: number;
    capacity: number | null;
    cpdHours?: number;
    status?: "PUBLISHED" | "DRAFT" | "CANCELLED";
    themed?: boolean;
    audiences?: ("PRACTITIONERS" | "EMPLOYERS")[];
  }) => {
    const startsAt = new Date(data.startsAt);
    return createSession(prisma, event.id, {
      themeId: data.themed === false ? null : theme.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + data.minutes * 60_000),
      capacity: data.capacity,
      cpdHours: data.cpdHours,
      audiences: data.audiences ?? ["PRACTITIONERS"],
      status: data.status ?? "PUBLISHED",
    });
  };
  // 09:00 BST on Monday; 4 places all taken, one waiting, one cancelled.
  const full = await session({ startsAt: "2031-06-16T08:00:00Z", minutes: 90, capacity: 4, cpdHours: 1.25 });
  await prisma.registration.createMany({
    data: [
      { sessionId: full.id, userId: id(0), status: "CONFIRMED", attendance: "ATTENDED" },
      { sessionId: full.id, userId: id(1), status: "CONFIRMED", attendance: "ATTENDED" },
      { sessionId: full.id, userId: id(2), status: "CONFIRMED", attendance: "ABSENT" },
      { sessionId: full.id, userId: id(3), status: "CONFIRMED" },
      { sessionId: full.id, userId: id(4), status: "WAITLISTED", waitlistPosition: 1 },
      { sessionId: full.id, userId: id(5), status: "CANCELLED", cancelledAt: new Date("2031-06-01T00:00:00Z") },
    ],
  });
  // 23:30 UTC on Monday is 00:30 BST on Tuesday; unlimited places, no theme, two hours by its length.
  const late = await session({ startsAt: "2031-06-16T23:30:00Z", minutes: 120, capacity: null, themed: false, audiences: ["PRACTITIONERS", "EMPLOYERS"] });
  await prisma.registration.createMany({
    data: [
      { sessionId: late.id, userId: id(0), status: "CONFIRMED", attendance: "ATTENDED" },
      { sessionId: late.id, userId: id(6), status: "CONFIRMED" },
    ],
  });
  // Neither a draft nor a cancelled session counts anywhere.
  const draft = await session({ startsAt: "2031-06-17T10:00:00Z", minutes: 60, capacity: 10, status: "DRAFT" });
  const cancelled = await session({ startsAt: "2031-06-17T12:00:00Z", minutes: 60, capacity: 10, status: "CANCELLED" });
  await prisma.registration.createMany({
    data: [
      { sessionId: draft.id, userId: id(7), status: "CONFIRMED", attendance: "ATTENDED" },
      { sessionId: cancelled.id, userId: id(7), status: "CONFIRMED", attendance: "ATTENDED" },
    ],
  });
  return { event, full, late };
}

let week: Awaited<ReturnType<typeof createDashboardWeek>>;

beforeAll(async () => {
  week = await createDashboardWeek();
  eventId = week.event.id;
});

afterAll(async () => {
  if (eventId) await prisma.event.delete({ where: { id: eventId } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${prefix}.example.test` } } });
});

describe("the dashboard", () => {
  it("refuses anyone who is not an organiser", async () => {
    await expect(getDashboard(prisma, attendee, { labels })).rejects.toBeInstanceOf(NotOrganiserError);
  });

  it("gives Social Work Week 2025's exact figures", async () => {
    const { event, figures } = await getDashboard(prisma, organiser, { event: DEMO_EVENT_SLUG, now: afterTheWeeks, labels });
    expect(event?.slug).toBe(DEMO_EVENT_SLUG);
    expect(figures?.headline).toEqual({
      sessionsPublished: 13,
      registrationsConfirmed: 29,
      waitlisted: 2,
      // Only the demo attendee's place on "Do you get me?" (one hour) has been marked.
      attended: 1,
      absent: 0,
      attendanceRate: 1,
      unmarkedPast: 28,
      cpdHoursAwarded: 1,
    });
    expect(figures?.byDay.map((row) => [row.key, row.count])).toEqual([
      ["2025-03-17", 5],
      ["2025-03-18", 5],
      ["2025-03-19", 14],
      ["2025-03-20", 5],
      ["2025-03-21", 0],
    ]);
    expect(figures?.byTheme.map((row) => [row.label, row.count])).toEqual([
      ["Strengthening our professional relationships", 13],
      ["Maintaining our social work identity", 14],
      ["Supporting our well-being at work", 2],
    ]);
    expect(figures?.byAudience.map((row) => [row.key, row.count])).toEqual([
      ["PRACTITIONERS", 27],
      ["STUDENTS_AND_EDUCATORS", 27],
      ["MANAGERS_AND_LEADERS", 19],
      ["LIVED_EXPERIENCE", 0],
      ["EMPLOYERS", 7],
      ["SOCIAL_CARE_WORKFORCE", 4],
      ["POLICY_OFFICIALS", 5],
    ]);
    const slugs = await prisma.session.findMany({
      where: { slug: { in: [demoSlugs.fullWorkshop, demoSlugs.unlimited, demoSlugs.draft, demoSlugs.cancelled] } },
      select: { id: true, slug: true },
    });
    const idOf = (slug: string) => slugs.find((row) => row.slug === slug)?.id;
    expect(figures?.sessions).toHaveLength(13);
    expect(figures?.sessions.find((row) => row.id === idOf(demoSlugs.fullWorkshop))).toMatchObject({ confirmed: 12, capacity: 12, fillRate: 1, waitlisted: 2 });
    expect(figures?.sessions.find((row) => row.id === idOf(demoSlugs.unlimited))).toMatchObject({ confirmed: 1, capacity: null, fillRate: null });
    expect(figures?.sessions.some((row) => row.id === idOf(demoSlugs.draft) || row.id === idOf(demoSlugs.cancelled))).toBe(false);
    expect(figures?.waitingLists.map((row) => [row.id, row.waitlisted])).toEqual([[idOf(demoSlugs.fullWorkshop), 2]]);
  });

  it("gives Practice Week 2024's attendance and CPD hours", async () => {
    const { figures } = await getDashboard(prisma, organiser, { event: PAST_EVENT_SLUG, now: afterTheWeeks, labels });
    expect(figures?.headline).toEqual({
      sessionsPublished: 3,
      registrationsConfirmed: 7,
      waitlisted: 0,
      attended: 6,
      absent: 1,
      attendanceRate: 6 / 7,
      unmarkedPast: 0,
      // Three at 1.5 hours (its length), one at 1.25 (set), two at 1 hour (its length).
      cpdHoursAwarded: 7.75,
    });
    expect(figures?.byDay.map((row) => row.count)).toEqual([3, 0, 2, 0, 2]);
    expect(figures?.byTheme.map((row) => [row.label, row.count])).toEqual([
      ["Learning from practice", 5],
      ["Hearing from families and staff", 2],
    ]);
    expect(figures?.byAudience.map((row) => [row.key, row.count])).toEqual([
      ["PRACTITIONERS", 7],
      ["STUDENTS_AND_EDUCATORS", 2],
      ["MANAGERS_AND_LEADERS", 3],
      ["LIVED_EXPERIENCE", 2],
      ["SOCIAL_CARE_WORKFORCE", 5],
    ]);
    expect(figures?.sessions.map((row) => [row.confirmed, row.capacity, row.fillRate])).toEqual([
      [3, 200, 0.015],
      [2, null, null],
      [2, 150, 2 / 150],
    ]);
  });

  it("counts a week with drafts, cancellations, a waiting list and a session after midnight in summer time", async () => {
    const whileOn = new Date("2031-06-17T12:00:00Z");
    const { event, figures } = await getDashboard(prisma, organiser, { event: `${prefix}-week`, now: whileOn, labels });
    expect(event?.status).toBe("DRAFT");
    expect(figures?.headline).toEqual({
      sessionsPublished: 2,
      registrationsConfirmed: 6,
      waitlisted: 1,
      attended: 3,
      absent: 1,
      attendanceRate: 0.75,
      // Both sessions have ended by Tuesday noon: one unmarked on each.
      unmarkedPast: 2,
      // 2 × 1.25 set hours + 1 × 2 hours by length.
      cpdHoursAwarded: 4.5,
    });
    expect(figures?.byDay.map((row) => [row.key, row.count])).toEqual([
      ["2031-06-16", 4],
      ["2031-06-17", 2],
      ["2031-06-18", 0],
    ]);
    expect(figures?.byTheme.map((row) => [row.label, row.count])).toEqual([
      ["Only theme", 4],
      ["No theme", 2],
    ]);
    expect(figures?.byAudience.map((row) => [row.key, row.count])).toEqual([
      ["PRACTITIONERS", 6],
      ["EMPLOYERS", 2],
    ]);
    expect(figures?.sessions.map((row) => [row.id, row.confirmed, row.fillRate, row.waitlisted])).toEqual([
      [week.full.id, 4, 1, 1],
      [week.late.id, 2, null, 0],
    ]);

    // Before anything has ended, nothing is "still unmarked".
    const before = await getDashboard(prisma, organiser, { event: `${prefix}-week`, now: new Date("2031-06-16T07:00:00Z"), labels });
    expect(before.figures?.headline.unmarkedPast).toBe(0);
  });

  it("opens on the week on now or coming next", async () => {
    const { event, events } = await getDashboard(prisma, organiser, { labels });
    expect(event?.slug).toBe(UPCOMING_EVENT_SLUG);
    expect(events.map((row) => row.slug)).toEqual(expect.arrayContaining([DEMO_EVENT_SLUG, PAST_EVENT_SLUG, UPCOMING_EVENT_SLUG, `${prefix}-week`]));
  });

  it("takes the same number of queries for a small week and a large one", async () => {
    const small = await countQueries(() => getDashboard(prisma, organiser, { event: PAST_EVENT_SLUG, labels }));
    const large = await countQueries(() => getDashboard(prisma, organiser, { event: DEMO_EVENT_SLUG, labels }));
    expect(small.queries).toBe(large.queries);
    expect(large.queries).toBeLessThanOrEqual(5);
  });
});
