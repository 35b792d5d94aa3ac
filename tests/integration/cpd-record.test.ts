import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteCpdEntry } from "@/lib/cpd/delete-cpd-entry";
import { cpdRecordCsv } from "@/lib/cpd/export/cpd-record-csv";
import { cpdRecordText } from "@/lib/cpd/export/cpd-record-text";
import { getCpdExport } from "@/lib/cpd/export/get-cpd-export";
import { renderCpdRecordPdf } from "@/lib/cpd/export/render-cpd-record-pdf";
import { listCpdRecord } from "@/lib/cpd/list-cpd-record";
import { logSessionCpd } from "@/lib/cpd/log-session-cpd";
import { saveOtherCpd } from "@/lib/cpd/save-other-cpd";
import { prisma } from "@/lib/db";
import { createSession, createUser } from "@/tests/helpers/factories";

// Logging CPD against this run's database, in a generated week of its own in
// 2031 (deleted in afterAll). Every refusal is checked to have written nothing.

const suffix = randomBytes(4).toString("hex");
const prefix = `cpd-record-${suffix}`;
const emailDomain = `${prefix}.example.test`;
let eventId: string;
let themeId: string;
let alice: { id: string };
let bob: { id: string };
let wales: { id: string };
let attended: string;
let attendedWales: string;
let unmarked: string;
let bobsAttended: string;

const reflection = {
  learning: "How to use genograms to map a family's support network.",
  impact: "I will draw one with each family at the first visit.",
  peerNotes: "A fellow social worker in supervision: we agreed to try it with two families.",
  peerReflection: "on",
  standards: ["1.4", "3.2"],
};

let sessionCounter = 0;
/** A published session of the week's theme on 4 March 2031, 10:00 to 11:30 UTC, worth the given CPD hours. */
function sessionWorth(cpdHours: number | null) {
  const number = ++sessionCounter;
  return createSession(prisma, eventId, {
    themeId,
    title: `CPD session ${number}`,
    startsAt: new Date("2031-03-04T10:00:00Z"),
    endsAt: new Date("2031-03-04T11:30:00Z"),
    cpdHours,
  });
}

async function register(sessionId: string, userId: string, attendance: "ATTENDED" | "UNMARKED") {
  const registration = await prisma.registration.create({ data: { sessionId, userId, status: "CONFIRMED", attendance }, select: { id: true } });
  return registration.id;
}

async function entryCount() {
  return prisma.cpdEntry.count({ where: { user: { email: { endsWith: `@${prefix}.example.test` } } } });
}

beforeAll(async () => {
  const event = await prisma.event.create({
    data: {
      slug: prefix,
      title: `CPD Week ${suffix}`,
      summary: "Generated",
      startDate: new Date("2031-03-03"),
      endDate: new Date("2031-03-07"),
      organiserName: "Test organiser",
      status: "PUBLISHED",
    },
    select: { id: true },
  });
  eventId = event.id;
  themeId = (
    await prisma.theme.create({
      data: { eventId, slug: `${prefix}-theme`, name: `Safeguarding ${suffix}`, summary: "Generated", colour: "#1d70b8" },
      select: { id: true },
    })
  ).id;
  alice = await createUser(prisma, { emailDomain, name: "alice", regulator: "SOCIAL_WORK_ENGLAND" });
  bob = await createUser(prisma, { emailDomain, name: "bob", regulator: "SOCIAL_WORK_ENGLAND" });
  wales = await createUser(prisma, { emailDomain, name: "wales", regulator: "SOCIAL_CARE_WALES" });
  const first = await sessionWorth(null);
  const second = await sessionWorth(2);
  attended = await register(first.id, alice.id, "ATTENDED");
  unmarked = await register(second.id, alice.id, "UNMARKED");
  bobsAttended = await register(second.id, bob.id, "ATTENDED");
  attendedWales = await register(first.id, wales.id, "ATTENDED");
});

afterAll(async () => {
  await prisma.event.delete({ where: { id: eventId } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${prefix}.example.test` } } });
});

describe("logging CPD for a session", () => {
  it("refuses someone else's registration, one not attended and an unknown one, writing nothing", async () => {
    for (const registrationId of [bobsAttended, unmarked, "no-such-registration"]) {
      expect(await logSessionCpd(prisma, alice, { ...reflection, registrationId, hours: "1.5" })).toEqual({ ok: false, refusal: "refused" });
    }
    expect(await entryCount()).toBe(0);
  });

  it("gives field errors for bad hours, a short reflection and no standards, writing nothing", async () => {
    const result = await logSessionCpd(prisma, alice, { registrationId: attended, hours: "0.3", learning: "Too short", impact: "", standards: [] });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { hours: "hoursQuarter", learning: "learningTooShort", impact: "impactRequired", standards: "standardsRequired" },
    });
    expect(await logSessionCpd(prisma, alice, { ...reflection, registrationId: attended, hours: "0" })).toEqual({
      ok: false,
      fieldErrors: { hours: "hoursTooFew" },
    });
    expect(await logSessionCpd(prisma, alice, { ...reflection, registrationId: attended, hours: "24.25" })).toEqual({
      ok: false,
      fieldErrors: { hours: "hoursTooMany" },
    });
    // Peer reflection needs its note (Social Work England's question), also when only spaces were typed.
    expect(await logSessionCpd(prisma, alice, { ...reflection, registrationId: attended, hours: "1.5", peerNotes: " \n\t " })).toEqual({
      ok: false,
      fieldErrors: { peerNotes: "peerNotesRequired" },
    });
    expect(await entryCount()).toBe(0);
  });

  it("refuses hours more than 2 above the session's and standards outside the person's regulator's list", async () => {
    // The session runs 1.5 hours, so 3.5 is the most.
    expect(await logSessionCpd(prisma, alice, { ...reflection, registrationId: attended, hours: "3.75" })).toEqual({
      ok: false,
      fieldErrors: { hours: "hoursAboveSession" },
    });
    expect(await logSessionCpd(prisma, alice, { ...reflection, registrationId: attended, hours: "1.5", standards: ["1.4", "G1"] })).toEqual({
      ok: false,
      fieldErrors: { standards: "standardsUnknown" },
    });
    // 3.15 is a Social Work England standard; the Social Care Wales code has no 3.15.
    expect(await logSessionCpd(prisma, wales, { ...reflection, registrationId: attendedWales, hours: "1.5", standards: ["3.15"] })).toEqual({
      ok: false,
      fieldErrors: { standards: "standardsUnknown" },
    });
    // All problems are reported together, the session's bound among them.
    expect(await logSessionCpd(prisma, alice, { ...reflection, registrationId: attended, hours: "4", learning: "", standards: ["G1"] })).toEqual({
      ok: false,
      fieldErrors: { learning: "learningRequired", hours: "hoursAboveSession", standards: "standardsUnknown" },
    });
    expect(await entryCount()).toBe(0);
  });

  it("records the entry with the session's title and day, and a second submit edits the same entry", async () => {
    const first = await logSessionCpd(prisma, alice, { ...reflection, registrationId: attended, hours: "3.5" });
    expect(first.ok).toBe(true);
    const second = await logSessionCpd(prisma, alice, {
      ...reflection,
      registrationId: attended,
      hours: "1.25",
      peerReflection: undefined,
      standards: ["4.6"],
    });
    expect(second).toEqual(first);
    const entries = await prisma.cpdEntry.findMany({ where: { userId: alice.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ title: "CPD session 1", activityType: "SESSION", registrationId: attended, peerReflection: false, standards: ["4.6"] });
    expect(entries[0]?.hours.toString()).toBe("1.25");
    expect(entries[0]?.activityDate.toISOString().slice(0, 10)).toBe("2031-03-04");
  });
});

describe("logging CPD from outside the programme", () => {
  const now = new Date("2031-03-10T12:00:00Z");
  const other = { ...reflection, title: "Reading: trauma-informed practice", activityType: "READING", activityDate: "2031-03-09", hours: "2" };

  it("refuses a future date, a date before 2000, the SESSION type and too many hours, writing nothing", async () => {
    const before = await entryCount();
    expect(await saveOtherCpd(prisma, bob, { ...other, activityDate: "2031-03-11" }, now)).toEqual({
      ok: false,
      fieldErrors: { activityDate: "dateInFuture" },
    });
    expect(await saveOtherCpd(prisma, bob, { ...other, activityDate: "1999-12-31" }, now)).toEqual({
      ok: false,
      fieldErrors: { activityDate: "dateTooEarly" },
    });
    expect(await saveOtherCpd(prisma, bob, { ...other, activityDate: "2031-02-30" }, now)).toEqual({ ok: false, fieldErrors: { activityDate: "dateInvalid" } });
    expect(await saveOtherCpd(prisma, bob, { ...other, activityType: "SESSION" }, now)).toEqual({ ok: false, fieldErrors: { activityType: "typeRequired" } });
    expect(await saveOtherCpd(prisma, bob, { ...other, hours: "100.25", title: "", standards: ["9.9"] }, now)).toEqual({
      ok: false,
      fieldErrors: { hours: "hoursTooMany", title: "titleRequired", standards: "standardsUnknown" },
    });
    expect(await entryCount()).toBe(before);
  });

  it("adds, edits and deletes only the caller's own entries", async () => {
    const created = await saveOtherCpd(prisma, bob, other, now);
    if (!created.ok || !("entryId" in created)) throw new Error("expected an entry");
    const entryId = created.entryId;
    // Alice cannot edit or delete Bob's entry.
    expect(await saveOtherCpd(prisma, alice, { ...other, entryId, title: "Taken over" }, now)).toEqual({ ok: false, refusal: "refused" });
    expect(await deleteCpdEntry(prisma, alice, entryId)).toBe(false);
    expect((await prisma.cpdEntry.findUniqueOrThrow({ where: { id: entryId } })).title).toBe(other.title);
    expect(await saveOtherCpd(prisma, bob, { ...other, entryId, hours: "2.75" }, now)).toEqual({ ok: true, entryId });
    expect((await prisma.cpdEntry.findUniqueOrThrow({ where: { id: entryId } })).hours.toString()).toBe("2.75");
    expect(await deleteCpdEntry(prisma, bob, entryId)).toBe(true);
    expect(await prisma.cpdEntry.count({ where: { id: entryId } })).toBe(0);
  });
});

describe("the record", () => {
  it("totals exactly by week, theme, standard and type, filters by date and lists sessions not yet logged", async () => {
    const now = new Date("2031-03-10T12:00:00Z");
    const other = { ...reflection, title: "Supervision", activityType: "SUPERVISION", activityDate: "2031-03-08", hours: "0.75", standards: ["1.4"] };
    await saveOtherCpd(prisma, alice, other, now);
    await saveOtherCpd(prisma, alice, { ...other, activityDate: "2031-01-15", hours: "0.5" }, now);
    const record = await listCpdRecord(prisma, alice, { from: null, to: null });
    expect(record.entries.map((entry) => entry.activityDate)).toEqual(["2031-03-08", "2031-03-04", "2031-01-15"]);
    expect(record.totals.hours).toBe(2.5);
    expect(record.totals.byWeek).toEqual([{ key: `CPD Week ${suffix}`, hours: 1.25, entries: 1 }]);
    expect(record.totals.byTheme).toEqual([{ key: `Safeguarding ${suffix}`, hours: 1.25, entries: 1 }]);
    expect(record.totals.byStandard).toEqual([
      { key: "1.4", hours: 1.25, entries: 2 },
      { key: "4.6", hours: 1.25, entries: 1 },
    ]);
    expect(record.totals.byType).toEqual([
      { key: "SESSION", hours: 1.25, entries: 1 },
      { key: "SUPERVISION", hours: 1.25, entries: 2 },
    ]);
    // The unmarked registration is not listed: only attended sessions can be logged.
    expect(record.toLog).toEqual([]);
    const march = await listCpdRecord(prisma, alice, { from: "2031-03-01", to: "2031-03-04" });
    expect(march.entries.map((entry) => entry.title)).toEqual(["CPD session 1"]);
    const bobsRecord = await listCpdRecord(prisma, bob, { from: null, to: null });
    expect(bobsRecord.toLog.map((registration) => registration.id)).toEqual([bobsAttended]);
  });
});

/** A rendered PDF written to a folder of its own, and its text as pdftotext reads it. */
function pdfFile(pdf: Buffer): { folder: string; text: string } {
  const folder = mkdtempSync(path.join(tmpdir(), "cpd-pdf-"));
  writeFileSync(path.join(folder, "record.pdf"), pdf);
  return { folder, text: execFileSync("pdftotext", ["-layout", path.join(folder, "record.pdf"), "-"], { encoding: "utf8" }) };
}

describe("exports of the record", () => {
  it("writes only the caller's filtered entries as CSV, text and PDF", async () => {
    const now = new Date("2031-03-10T12:00:00Z");
    await prisma.user.update({ where: { id: bob.id }, data: { name: "Siân Llŷr", registrationNumber: "SW123456" } });
    await saveOtherCpd(
      prisma,
      bob,
      { ...reflection, title: '=HYPERLINK("http://evil")', activityType: "COURSE", activityDate: "2031-03-05", hours: "6.5", standards: ["1.1"] },
      now,
    );
    await saveOtherCpd(prisma, bob, { ...reflection, title: "Outside the filter", activityType: "READING", activityDate: "2031-02-01", hours: "1" }, now);
    const data = await getCpdExport(prisma, bob, { from: "2031-03-01", to: null });
    expect(data.entries.map((entry) => entry.activityDate)).toEqual(["2031-03-05"]);

    const csv = cpdRecordCsv(data);
    expect(csv.startsWith("\uFEFFDate,Title,Type of activity,CPD hours,Standards,")).toBe(true);
    expect(csv).toContain(
      `2031-03-05,"'=HYPERLINK(""http://evil"")",Course or training,6.5,"1.1 Value each person as an individual, recognising their strengths and abilities.",`,
    );
    expect(csv.split("\r\n")).toHaveLength(3);
    expect(csv).not.toContain("Outside the filter");

    const text = cpdRecordText(data, now);
    expect(text).toContain(
      "Name: Siân Llŷr\r\nRegulator: Social Work England\r\nRegistration number: SW123456\r\nPeriod: From Saturday 1 March 2031\r\nTotal CPD hours: 6.5",
    );
    expect(text).toContain("Standards:\r\n  1.1 Value each person as an individual, recognising their strengths and abilities.\r\n");
    expect(text).toContain(`What I learnt:\r\n${reflection.learning}\r\n`);
    expect(text).toContain("Reflected on with a peer: Yes");

    const { folder, text: pdfText } = pdfFile(await renderCpdRecordPdf(data, now));
    expect(pdfText).toContain("Siân Llŷr");
    expect(pdfText).toContain("SW123456");
    expect(pdfText).toMatch(/Total CPD hours: 6\.5/);
    expect(pdfText).toContain('=HYPERLINK("http://evil")');
    expect(pdfText).not.toContain("Outside the filter");
    const info = execFileSync("pdfinfo", [path.join(folder, "record.pdf")], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89/);
    const fonts = execFileSync("pdffonts", [path.join(folder, "record.pdf")], { encoding: "utf8" });
    expect(fonts).toContain("DejaVuSans");
    expect(fonts).not.toContain("Helvetica");
  });
  it("writes the exports in the language the person chose: Welsh, or both with Welsh first", async () => {
    const now = new Date("2031-03-10T12:00:00Z");
    const person = await createUser(prisma, { emailDomain, name: `cymraeg-${suffix}`, regulator: "SOCIAL_CARE_WALES" });
    await prisma.user.update({ where: { id: person.id }, data: { name: "Gwenllïan ap Rhys", language: "WELSH" } });
    await saveOtherCpd(
      prisma,
      person,
      { ...reflection, title: "Darllen am ymarfer myfyriol", activityType: "READING", activityDate: "2031-03-05", hours: "2" },
      now,
    );
    const welsh = await getCpdExport(prisma, person, { from: "2031-03-01", to: null });

    expect(cpdRecordCsv(welsh).startsWith("\uFEFFDyddiad,Teitl,")).toBe(true);
    expect(cpdRecordCsv(welsh)).toContain("2031-03-05,Darllen am ymarfer myfyriol,Darllen,2,");
    const text = cpdRecordText(welsh, now);
    expect(text).toContain("Enw: Gwenllïan ap Rhys\r\nRheoleiddiwr: Gofal Cymdeithasol Cymru");
    expect(text).toContain("Dydd Mercher 5 Mawrth 2031");
    // Our summaries of the Code are written in Welsh too.
    expect(text).toContain("1.4 Parchu a chynnal urddas a phreifatrwydd unigolion.");
    expect(text).not.toMatch(/What I learnt|Regulator:|Wednesday|March|Respect and maintain/);

    const { text: pdfText } = pdfFile(await renderCpdRecordPdf(welsh, now));
    expect(pdfText).toContain("Cofnod DPP");
    expect(pdfText).toContain("Dydd Mercher 5 Mawrth 2031");
    expect(pdfText).not.toMatch(/CPD record|Total CPD hours/);

    await prisma.user.update({ where: { id: person.id }, data: { language: "BILINGUAL" } });
    const both = await getCpdExport(prisma, person, { from: "2031-03-01", to: null });
    expect(cpdRecordCsv(both).startsWith("\uFEFFDyddiad / Date,Teitl / Title,")).toBe(true);
    const bothText = cpdRecordText(both, now);
    expect(bothText).toContain("Dyddiad / Date: Dydd Mercher 5 Mawrth 2031 / Wednesday 5 March 2031");
    expect(bothText).toContain("Math o weithgaredd / Type of activity: Darllen / Reading");
  });
});
