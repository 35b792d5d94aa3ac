import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { issueSessionToken, sessionCookie } from "@/lib/auth/session-cookie";
import { deleteLearningDiscussion } from "@/lib/cpd/delete-learning-discussion";
import { getSampleCheckExport } from "@/lib/cpd/export/get-sample-check-export";
import { renderSampleCheckPdf } from "@/lib/cpd/export/render-sample-check-pdf";
import { sampleCheckText } from "@/lib/cpd/export/sample-check-text";
import { getRenewalReadiness } from "@/lib/cpd/get-renewal-readiness";
import { recordLearningDiscussion } from "@/lib/cpd/record-learning-discussion";
import { saveRenewalDate } from "@/lib/cpd/save-renewal-date";
import { prisma } from "@/lib/db";
import { createUser } from "@/tests/helpers/factories";

// Social Care Wales's rules as they are since April 2025, against this run's
// database: the renewal date, discussions with a manager, and the record laid
// out for a sample check. Every refusal is checked to have written nothing.

// The download routes read the session cookie through next/headers, which
// needs a request; here the cookie jar is this test's own.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

const suffix = randomBytes(4).toString("hex");
const domain = `cpd-renewal-${suffix}.example.test`;
const now = new Date("2026-12-06T12:00:00Z");
type Person = Awaited<ReturnType<typeof createUser>>;
let wales: Person;
let walesNoDate: Person;
let england: Person;
let other: Person;

async function createEntry(userId: string, activityDate: string, title: string, more: { peerReflection?: boolean; hours?: string } = {}) {
  await prisma.cpdEntry.create({
    data: {
      userId,
      activityType: "COURSE",
      title,
      activityDate: new Date(`${activityDate}T00:00:00Z`),
      hours: more.hours ?? "1.5",
      learning: `What I learnt from ${title}, at some length.`,
      impact: `How ${title} changes my practice.`,
      peerReflection: more.peerReflection ?? false,
      standards: ["1.1"],
    },
  });
}

const renewalDateOf = async (id: string) =>
  (await prisma.user.findUniqueOrThrow({ where: { id }, select: { registrationRenewalDate: true } })).registrationRenewalDate;
const discussionsOf = (userId: string) => prisma.learningDiscussion.findMany({ where: { userId }, orderBy: { discussedOn: "asc" } });

function pdfText(pdf: Buffer): string {
  const folder = mkdtempSync(path.join(tmpdir(), "cpd-sample-check-"));
  writeFileSync(path.join(folder, "sample-check.pdf"), pdf);
  return execFileSync("pdftotext", ["-layout", path.join(folder, "sample-check.pdf"), "-"], { encoding: "utf8" });
}

beforeAll(async () => {
  wales = await createUser(prisma, { emailDomain: domain, name: "Siân Llŷr", regulator: "SOCIAL_CARE_WALES", registrationNumber: "SCW-0012345" });
  walesNoDate = await createUser(prisma, { emailDomain: domain, name: "Person wales-no-date", regulator: "SOCIAL_CARE_WALES" });
  england = await createUser(prisma, { emailDomain: domain, name: "Person england", regulator: "SOCIAL_WORK_ENGLAND", registrationNumber: "SW123456" });
  other = await createUser(prisma, { emailDomain: domain, name: "Person other", regulator: "SOCIAL_CARE_WALES" });
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${domain}` } } });
});

describe("recording the registration renewal date", () => {
  it("refuses a missing, unreal, past or too distant date, field by field, writing nothing", async () => {
    const cases: [unknown, string][] = [
      [{}, "renewalDateRequired"],
      [{ renewalDate: "   " }, "renewalDateRequired"],
      [{ renewalDate: 20270301 }, "renewalDateRequired"],
      [{ renewalDate: "2027-02-30" }, "dateInvalid"],
      [{ renewalDate: "01/03/2027" }, "dateInvalid"],
      [{ renewalDate: "2026-12-05" }, "renewalDatePast"],
      [{ renewalDate: "0000-01-01" }, "dateInvalid"],
      [{ renewalDate: "2029-12-07" }, "renewalDateTooFar"],
      [{ renewalDate: "9999-12-31" }, "renewalDateTooFar"],
    ];
    for (const [input, key] of cases) {
      expect(await saveRenewalDate(prisma, wales, input, now), JSON.stringify(input)).toEqual({ ok: false, fieldErrors: { renewalDate: key } });
    }
    expect(await renewalDateOf(wales.id)).toBeNull();
  });

  it("saves a date from today up to three years ahead, for the caller only, replacing the one before", async () => {
    expect(await saveRenewalDate(prisma, wales, { renewalDate: "2026-12-06" }, now)).toEqual({ ok: true });
    expect(await saveRenewalDate(prisma, wales, { renewalDate: "2029-12-06" }, now)).toEqual({ ok: true });
    expect(await saveRenewalDate(prisma, other, { renewalDate: " 2028-06-30 " }, now)).toEqual({ ok: true });
    expect(await saveRenewalDate(prisma, wales, { renewalDate: "2027-03-01" }, now)).toEqual({ ok: true });
    expect((await renewalDateOf(wales.id))?.toISOString().slice(0, 10)).toBe("2027-03-01");
    expect((await renewalDateOf(other.id))?.toISOString().slice(0, 10)).toBe("2028-06-30");
    expect(await renewalDateOf(walesNoDate.id)).toBeNull();
  });

  it("counts the three years up to the saved date in the renewal panel", async () => {
    expect(await getRenewalReadiness(prisma, wales, now)).toMatchObject({
      kind: "SOCIAL_CARE_WALES",
      periodStart: "2024-03-02",
      periodEnd: "2027-03-01",
      renewal: { recorded: true, renewalDate: "2027-03-01", daysLeft: 85, applicationOpens: "2026-12-05", completeBy: "2027-02-08" },
    });
    expect(await getRenewalReadiness(prisma, walesNoDate, now)).toMatchObject({
      periodStart: "2023-12-07",
      periodEnd: "2026-12-06",
      renewal: { recorded: false },
    });
  });
});

describe("recording discussions of learning with a manager", () => {
  it("refuses a missing, unreal, future or too early date and a bad note, every problem at once, writing nothing", async () => {
    const cases: [unknown, Record<string, string>][] = [
      [{}, { discussedOn: "discussedOnRequired" }],
      [{ discussedOn: "2026-12-07" }, { discussedOn: "dateInFuture" }],
      [{ discussedOn: "2026-11-31" }, { discussedOn: "dateInvalid" }],
      [{ discussedOn: "1999-12-31" }, { discussedOn: "dateTooEarly" }],
      [{ discussedOn: "2026-11-20", discussionNote: "Supervision\r\nBCC: someone" }, { discussionNote: "controlCharacters" }],
      [
        { discussedOn: "", discussionNote: "x".repeat(301) },
        { discussedOn: "discussedOnRequired", discussionNote: "discussionNoteTooLong" },
      ],
    ];
    for (const [input, fieldErrors] of cases) {
      expect(await recordLearningDiscussion(prisma, wales, input, now), JSON.stringify(input)).toEqual({ ok: false, fieldErrors });
    }
    expect(await discussionsOf(wales.id)).toEqual([]);
    expect((await getRenewalReadiness(prisma, wales, now)).discussion).toEqual({ lastOn: null, remind: true });
  });

  it("records a discussion (today at the latest), edits the same day's note, and keeps one row when sent twice at once", async () => {
    expect(await recordLearningDiscussion(prisma, wales, { discussedOn: "2025-11-14", discussionNote: "Annual appraisal" }, now)).toEqual({ ok: true });
    // 2025-11-14 is more than 12 months before 6 December 2026: still a reminder.
    expect((await getRenewalReadiness(prisma, wales, now)).discussion).toEqual({ lastOn: "2025-11-14", remind: true });
    const twice = await Promise.all([
      recordLearningDiscussion(prisma, wales, { discussedOn: "2026-11-20", discussionNote: "Supervision: agreed a refresher on the Mental Capacity Act" }, now),
      recordLearningDiscussion(prisma, wales, { discussedOn: "2026-11-20", discussionNote: "Supervision: agreed a refresher on the Mental Capacity Act" }, now),
    ]);
    expect(twice).toEqual([{ ok: true }, { ok: true }]);
    expect(await recordLearningDiscussion(prisma, wales, { discussedOn: "2026-12-06", discussionNote: "" }, now)).toEqual({ ok: true });
    expect(await recordLearningDiscussion(prisma, wales, { discussedOn: "2026-12-06", discussionNote: "Team meeting on the new Code" }, now)).toEqual({
      ok: true,
    });
    const rows = await discussionsOf(wales.id);
    expect(rows.map((row) => [row.discussedOn.toISOString().slice(0, 10), row.note])).toEqual([
      ["2025-11-14", "Annual appraisal"],
      ["2026-11-20", "Supervision: agreed a refresher on the Mental Capacity Act"],
      ["2026-12-06", "Team meeting on the new Code"],
    ]);
    expect((await getRenewalReadiness(prisma, wales, now)).discussion).toEqual({ lastOn: "2026-12-06", remind: false });
    // Nobody else's record changed.
    expect(await discussionsOf(other.id)).toEqual([]);
  });

  it("lets only its owner remove a discussion", async () => {
    await recordLearningDiscussion(prisma, wales, { discussedOn: "2026-01-05", discussionNote: "Recorded in error" }, now);
    const mistaken = (await discussionsOf(wales.id)).find((row) => row.note === "Recorded in error");
    if (!mistaken) throw new Error("expected the discussion");
    expect(await deleteLearningDiscussion(prisma, other, mistaken.id)).toBe(false);
    expect(await deleteLearningDiscussion(prisma, wales, "no-such-discussion")).toBe(false);
    expect(await prisma.learningDiscussion.count({ where: { id: mistaken.id } })).toBe(1);
    expect(await deleteLearningDiscussion(prisma, wales, mistaken.id)).toBe(true);
    expect(await prisma.learningDiscussion.count({ where: { id: mistaken.id } })).toBe(0);
  });
});

describe("the record for a sample check", () => {
  beforeAll(async () => {
    await createEntry(wales.id, "2024-03-01", "Before the registration period");
    await createEntry(wales.id, "2024-03-02", "First day of the period", { hours: "6" });
    await createEntry(wales.id, "2026-11-20", "Mental Capacity Act refresher", { hours: "2.5", peerReflection: true });
    await createEntry(other.id, "2026-10-01", "Somebody else's course");
    await recordLearningDiscussion(prisma, other, { discussedOn: "2026-10-02", discussionNote: "Somebody else's supervision" }, now);
  });

  it("gathers the caller's own period, renewal date, discussions and entries", async () => {
    const data = await getSampleCheckExport(prisma, wales, now);
    expect(data.profile).toMatchObject({ name: "Siân Llŷr", regulator: "SOCIAL_CARE_WALES", registrationNumber: "SCW-0012345" });
    expect(data.readiness).toMatchObject({ periodStart: "2024-03-02", periodEnd: "2027-03-01" });
    expect(data.entries.map((entry) => entry.title)).toEqual(["Mental Capacity Act refresher", "First day of the period"]);
    expect(data.totals).toMatchObject({ entries: 2, hours: 8.5 });
    expect(data.discussions.map((discussion) => discussion.discussedOn)).toEqual(["2026-12-06", "2026-11-20", "2025-11-14"]);
    expect(data.lastDiscussion).toEqual({ discussedOn: "2026-12-06", note: "Team meeting on the new Code" });
  });

  it("writes it as text: who, renewal date, period, last discussion, then every entry of the period with its reflection", async () => {
    const text = sampleCheckText(await getSampleCheckExport(prisma, wales, now), now);
    expect(text).toContain(
      [
        "CPD RECORD FOR A SAMPLE CHECK",
        "Name: Siân Llŷr",
        "Regulator: Social Care Wales",
        "Registration number: SCW-0012345",
        "Registration renewal date: Monday 1 March 2027",
        "Registration period covered: Saturday 2 March 2024 to Monday 1 March 2027",
        "Last discussion of my learning with my manager or supervisor: Sunday 6 December 2026: Team meeting on the new Code",
        "Entries: 2",
        "Total CPD hours: 8.5",
      ].join("\r\n"),
    );
    expect(text).toContain("Social Care Wales asks registrants to keep a record of their CPD");
    expect(text).toContain(
      "  Friday 20 November 2026: Supervision: agreed a refresher on the Mental Capacity Act\r\n  Friday 14 November 2025: Annual appraisal\r\n",
    );
    expect(text).toContain("1. Title: Mental Capacity Act refresher\r\nDate: Friday 20 November 2026\r\nCPD hours: 2.5");
    expect(text).toContain("What I learnt:\r\nWhat I learnt from Mental Capacity Act refresher, at some length.\r\n");
    expect(text).toContain("How it will change my practice:\r\nHow First day of the period changes my practice.\r\n");
    expect(text).toContain("Reflected on with a peer: Yes");
    expect(text).toContain("Produced by CPD Week on Sunday 6 December 2026.");
    for (const absent of ["Before the registration period", "Somebody else", "90 hours", "hours target"]) expect(text).not.toContain(absent);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("renders the same as an A4 PDF with real text", async () => {
    const pdf = await renderSampleCheckPdf(await getSampleCheckExport(prisma, wales, now), now);
    const text = pdfText(pdf);
    for (const expected of [
      "CPD record for a sample check",
      "Siân Llŷr",
      "SCW-0012345",
      "Registration renewal date: Monday 1 March 2027",
      "Saturday 2 March 2024 to Monday 1 March 2027",
      "Sunday 6 December 2026: Team meeting on the new Code",
      "Mental Capacity Act refresher",
      "What I learnt from First day of the period, at some length.",
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const absent of ["Before the registration period", "Somebody else"]) expect(text).not.toContain(absent);
  });

  it("says when no renewal date is recorded and covers the last three years", async () => {
    const text = sampleCheckText(await getSampleCheckExport(prisma, walesNoDate, now), now);
    expect(text).toContain("Registration renewal date: Not recorded\r\n");
    expect(text).toContain(
      "Registration period covered: Thursday 7 December 2023 to Sunday 6 December 2026 (the last three years: no renewal date recorded)\r\n",
    );
    expect(text).toContain("Last discussion of my learning with my manager or supervisor: None recorded\r\n");
    expect(text).toContain("No CPD entries in this period.");
  });

  it("moves a recorded date that has passed on by three years, and says so", async () => {
    await prisma.user.update({ where: { id: walesNoDate.id }, data: { registrationRenewalDate: new Date("2026-01-10T00:00:00Z") } });
    const text = sampleCheckText(await getSampleCheckExport(prisma, walesNoDate, now), now);
    expect(text).toContain(
      "Registration renewal date: Wednesday 10 January 2029 (three years after the date recorded, Saturday 10 January 2026, which has passed)\r\n",
    );
    expect(text).toContain("Registration period covered: Sunday 11 January 2026 to Wednesday 10 January 2029\r\n");
  });

  it("covers this calendar year for other regulators, with no renewal date", async () => {
    const hcpc = await prisma.user.create({ data: { email: `hcpc@${domain}`, name: "Person hcpc", regulator: "HCPC" }, select: { id: true } });
    await createEntry(hcpc.id, "2026-01-01", "New Year's Day course");
    const text = sampleCheckText(await getSampleCheckExport(prisma, hcpc, now), now);
    expect(text).toContain("Registration number: Not given\r\nPeriod: Thursday 1 January 2026 to Sunday 6 December 2026\r\n");
    expect(text).not.toContain("Registration renewal date");
    expect(text).toContain("New Year's Day course");
  });

  it("covers Social Work England's registration year, ending on 30 November, without Social Care Wales's words", async () => {
    await createEntry(england.id, "2026-11-30", "Last day of the old year");
    await createEntry(england.id, "2026-12-01", "First day of the new year", { peerReflection: true });
    const text = sampleCheckText(await getSampleCheckExport(prisma, england, now), now);
    expect(text).toContain("Regulator: Social Work England\r\n");
    expect(text).toContain("Registration renewal date: Tuesday 30 November 2027 (the registration year ends on 30 November)\r\n");
    expect(text).toContain("Registration period covered: Tuesday 1 December 2026 to Tuesday 30 November 2027\r\n");
    expect(text).toContain("First day of the new year");
    expect(text).not.toContain("Last day of the old year");
    expect(text).not.toContain("Social Care Wales");
  });
});

describe("the download routes", () => {
  const signIn = async (person: Person | null) => {
    jar.clear();
    if (person) jar.set(sessionCookie().name, await issueSessionToken(person));
  };

  it("send someone not signed in to sign in, and give a signed-in person their own record only, never cached", async () => {
    const routes = [
      { load: () => import("@/app/account/cpd/sample-check.txt/route"), type: "text/plain; charset=utf-8", file: "cpd-sample-check.txt" },
      { load: () => import("@/app/account/cpd/sample-check.pdf/route"), type: "application/pdf", file: "cpd-sample-check.pdf" },
    ];
    for (const route of routes) {
      const { GET } = await route.load();
      await signIn(null);
      const anonymous = await GET();
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get("location")).toBe("/sign-in?callbackUrl=%2Faccount%2Fcpd");

      await signIn(other);
      const answer = await GET();
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toBe(route.type);
      expect(answer.headers.get("content-disposition")).toBe(`attachment; filename="${route.file}"`);
      expect(answer.headers.get("cache-control")).toBe("private, no-store");
      const body = Buffer.from(await answer.arrayBuffer());
      const text = route.type === "application/pdf" ? pdfText(body) : body.toString("utf8");
      expect(text).toContain("Somebody else's course");
      expect(text).not.toContain("Siân Llŷr");
      expect(text).not.toContain("Mental Capacity Act refresher");
    }
  });

  it("refuse a session that has been ended (signed out everywhere)", async () => {
    const { GET } = await import("@/app/account/cpd/sample-check.txt/route");
    await signIn(other);
    await prisma.user.update({ where: { id: other.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await GET()).status).toBe(303);
  });
});
