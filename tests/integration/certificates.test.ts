import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import type { CurrentUser } from "@/lib/auth/current-user";
import { CODE_CHARACTERS, generateCertificateCode, normaliseCertificateCode } from "@/lib/certificates/certificate-code";
import { CertificateNotFoundError } from "@/lib/certificates/certificate-errors";
import { findCertificateByCode } from "@/lib/certificates/find-certificate-by-code";
import { issueSessionCertificate, issueWeekCertificate, weekCertificateSessions } from "@/lib/certificates/issue-certificate";
import { listCertificates } from "@/lib/certificates/list-certificates";
import { listMyCertificates } from "@/lib/certificates/list-my-certificates";
import { gatherCertificatePdfData, renderCertificatePdf } from "@/lib/certificates/render-certificate-pdf";
import { revokeCertificate, revokeCertificateSchema } from "@/lib/certificates/revoke-certificate";
import { prisma } from "@/lib/db";
import type { Certificate } from "@/lib/generated/prisma/client";
import { createSession, createUser, createWeek } from "@/tests/helpers/factories";

// Issuing, refusing, revoking and verifying certificates, and what the PDF
// says, against this run's fresh database. Everything lives in weeks of its
// own in 2030 (slugs and emails carry a random suffix); deleted in afterAll.

const run = promisify(execFile);
const suffix = randomBytes(4).toString("hex");
const prefix = `certs-${suffix}`;
const emailDomain = `${prefix}.example.test`;
const SITE = "https://cpdweek.example.org";
const CODE_PATTERN = /^CPD(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;

let eventId: string;
let draftEventId: string;
let sessionCounter = 0;

type Person = CurrentUser;

/** The weeks' organiser, as certificates name it; every week here is in June 2030. */
const week = { startDate: new Date("2030-06-03"), endDate: new Date("2030-06-07"), organiserName: "Gofal Cymdeithasol Cymru", publishedAt: null };

/** A published online session of the week on a day of June 2030 (the 3rd unless told), 90 minutes from 09:00 UTC unless told. */
function sessionOnDay(options: { eventId?: string; status?: "DRAFT" | "PUBLISHED"; cpdHours?: number; day?: number; minutes?: number } = {}) {
  const number = ++sessionCounter;
  const startsAt = new Date(Date.UTC(2030, 5, options.day ?? 3, 9, 0));
  return createSession(prisma, options.eventId ?? eventId, {
    title: `Strengths-based practice ${number}`,
    startsAt,
    endsAt: new Date(startsAt.getTime() + (options.minutes ?? 90) * 60_000),
    cpdHours: options.cpdHours,
    status: options.status ?? "PUBLISHED",
  });
}

/** Everyone here is registered with Social Care Wales. */
const registeredInWales = { emailDomain, regulator: "SOCIAL_CARE_WALES", registrationNumber: "W123456" } as const;

async function register(person: Person, sessionId: string, attendance: "ATTENDED" | "UNMARKED" | "ABSENT" = "ATTENDED") {
  const registration = await prisma.registration.create({
    data: { sessionId, userId: person.id, status: "CONFIRMED", attendance },
    select: { id: true },
  });
  return registration.id;
}

/** Every certificate in the database, so that "nothing written" means nothing anywhere. */
function allCertificates() {
  return prisma.certificate.findMany({ orderBy: { id: "asc" } });
}

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CertificateNotFoundError);
}

async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cpd-cert-"));
  try {
    await writeFile(path.join(dir, "c.pdf"), pdf);
    const { stdout } = await run("pdftotext", ["-layout", path.join(dir, "c.pdf"), "-"]);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Renders page one at 150 dpi and decodes the QR code on it. */
async function decodeQr(pdf: Buffer): Promise<string | undefined> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cpd-cert-"));
  try {
    await writeFile(path.join(dir, "c.pdf"), pdf);
    await run("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", path.join(dir, "c.pdf"), path.join(dir, "page")]);
    const png = PNG.sync.read(await readFile(path.join(dir, "page.png")));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let holder: Person;
let other: Person;
let organiser: Person;

beforeAll(async () => {
  eventId = (await createWeek(prisma, { ...week, slug: `${prefix}-week-published`, title: "Gwanwyn CPD Week 2030", status: "PUBLISHED" })).id;
  draftEventId = (await createWeek(prisma, { ...week, slug: `${prefix}-week-draft`, title: "Gwanwyn CPD Week draft", status: "DRAFT" })).id;
  holder = await createUser(prisma, { ...registeredInWales, name: "Siân Llŷr" });
  other = await createUser(prisma, { ...registeredInWales, name: "Gwenllïan Ŵyn" });
  organiser = await createUser(prisma, { ...registeredInWales, name: "Organiser Person", role: "ORGANISER" });
});

afterAll(async () => {
  await prisma.certificate.deleteMany({ where: { eventId: { in: [eventId, draftEventId].filter(Boolean) } } });
  await prisma.auditEntry.deleteMany({ where: { actorEmail: { endsWith: `@${emailDomain}` } } });
  await prisma.event.deleteMany({ where: { id: { in: [eventId, draftEventId].filter(Boolean) } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${emailDomain}` } } });
});

describe("certificate codes", () => {
  it("are grouped Crockford base 32 with at least 128 random bits, and unique", () => {
    expect(CODE_CHARACTERS * 5).toBeGreaterThanOrEqual(128);
    const codes = Array.from({ length: 4000 }, generateCertificateCode);
    for (const code of codes) expect(code).toMatch(CODE_PATTERN);
    expect(new Set(codes).size).toBe(codes.length);
    // Every symbol turns up about equally often (112,000 symbols, 3,500 expected each).
    const counts = new Map<string, number>();
    for (const code of codes) for (const character of code.slice(4).replace(/-/g, "")) counts.set(character, (counts.get(character) ?? 0) + 1);
    expect(counts.size).toBe(32);
    for (const count of counts.values()) expect(Math.abs(count - 3500)).toBeLessThan(400);
  });

  it("normalise what people type and refuse what cannot be a code", () => {
    const code = generateCertificateCode();
    expect(normaliseCertificateCode(code)).toBe(code);
    expect(normaliseCertificateCode(` ${code.toLowerCase().replace(/-/g, " ")} `)).toBe(code);
    expect(normaliseCertificateCode(code.slice(4).replace(/-/g, ""))).toBe(code);
    expect(normaliseCertificateCode("CPD-0000-1111-0000-1111-0000-1111-0000".replace(/0/g, "O").replace(/1/g, "l"))).toBe(
      "CPD-0000-1111-0000-1111-0000-1111-0000",
    );
    expect(normaliseCertificateCode("CPD-UUUU-0000-0000-0000-0000-0000-0000")).toBeNull();
    expect(normaliseCertificateCode(code.slice(0, -1))).toBeNull();
    expect(normaliseCertificateCode("")).toBeNull();
    expect(normaliseCertificateCode("<script>")).toBeNull();
  });
});

describe("issuing a session certificate", () => {
  it("snapshots the certificate on first download and reuses it, even after the session is edited and cancelled", async () => {
    const session = await sessionOnDay({ minutes: 90 });
    const registrationId = await register(holder, session.id);

    const first = await issueSessionCertificate(prisma, holder, { registrationId });
    expect(first).toMatchObject({
      kind: "SESSION",
      userId: holder.id,
      sessionId: session.id,
      eventId,
      holderName: "Siân Llŷr",
      regulator: "SOCIAL_CARE_WALES",
      registrationNumber: "W123456",
      title: session.title,
      eventTitle: "Gwanwyn CPD Week 2030",
      organiserName: "Gofal Cymdeithasol Cymru",
      timeZone: "Europe/London",
      revokedAt: null,
    });
    expect(first.code).toMatch(CODE_PATTERN);
    expect(Number(first.hours)).toBe(1.5);

    const again = await issueSessionCertificate(prisma, holder, { registrationId });
    expect(again.id).toBe(first.id);
    expect(again.code).toBe(first.code);

    await prisma.session.update({
      where: { id: session.id },
      data: { title: "Renamed afterwards", cpdHours: 6, status: "CANCELLED", cancelledAt: new Date() },
    });
    await prisma.user.update({ where: { id: holder.id }, data: { name: "Siân Llŷr-Jones" } });
    const afterChanges = await issueSessionCertificate(prisma, holder, { registrationId });
    expect(afterChanges).toEqual(first);
    await prisma.user.update({ where: { id: holder.id }, data: { name: "Siân Llŷr" } });
    expect(await prisma.certificate.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("uses the session's CPD hours when the organiser set them", async () => {
    const session = await sessionOnDay({ cpdHours: 2.5, minutes: 60 });
    const certificate = await issueSessionCertificate(prisma, holder, { registrationId: await register(holder, session.id) });
    expect(Number(certificate.hours)).toBe(2.5);
  });

  it("issues one certificate when the same download arrives several times at once", async () => {
    const session = await sessionOnDay();
    const registrationId = await register(other, session.id);
    const results = await Promise.all(Array.from({ length: 5 }, () => issueSessionCertificate(prisma, other, { registrationId })));
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(await prisma.certificate.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("refuses, as not found and writing nothing: not attended, someone else's registration, a draft session, a draft week, no such registration", async () => {
    const unmarked = await sessionOnDay();
    const absent = await sessionOnDay();
    const othersSession = await sessionOnDay();
    const draftSession = await sessionOnDay({ status: "DRAFT" });
    const inDraftWeek = await sessionOnDay({ eventId: draftEventId });
    const unmarkedId = await register(holder, unmarked.id, "UNMARKED");
    const absentId = await register(holder, absent.id, "ABSENT");
    const othersId = await register(other, othersSession.id);
    const draftId = await register(holder, draftSession.id);
    const draftWeekId = await register(holder, inDraftWeek.id);
    const before = await allCertificates();

    await expectNotFound(issueSessionCertificate(prisma, holder, { registrationId: unmarkedId }));
    await expectNotFound(issueSessionCertificate(prisma, holder, { registrationId: absentId }));
    await expectNotFound(issueSessionCertificate(prisma, holder, { registrationId: othersId }));
    await expectNotFound(issueSessionCertificate(prisma, holder, { registrationId: draftId }));
    await expectNotFound(issueSessionCertificate(prisma, holder, { registrationId: draftWeekId }));
    await expectNotFound(issueSessionCertificate(prisma, holder, { registrationId: "no-such-registration" }));
    await expectNotFound(issueWeekCertificate(prisma, holder, { eventId: draftEventId }));
    await expectNotFound(issueWeekCertificate(prisma, other, { eventId: "no-such-week" }));

    expect(await allCertificates()).toEqual(before);
    // The other person's own request still works: the refusal was about who asked.
    expect((await issueSessionCertificate(prisma, other, { registrationId: othersId })).userId).toBe(other.id);
  });
});

describe("issuing a week certificate", () => {
  it("lists every attended session with the total, reuses it, and issues a new one when more sessions are attended", async () => {
    const person = await createUser(prisma, { ...registeredInWales, name: "Rhodri Ap Iorwerth" });
    const monday = await sessionOnDay({ day: 3, minutes: 60 });
    const tuesday = await sessionOnDay({ day: 4, cpdHours: 2.5 });
    const wednesday = await sessionOnDay({ day: 5, minutes: 45 });
    const skipped = await sessionOnDay({ day: 6 });
    await register(person, monday.id);
    await register(person, tuesday.id);
    const wednesdayRegistration = await register(person, wednesday.id, "UNMARKED");
    await register(person, skipped.id, "ABSENT");

    const first = await issueWeekCertificate(prisma, person, { eventId });
    expect(first).toMatchObject({ kind: "WEEK", eventId, sessionId: null, title: "Gwanwyn CPD Week 2030", holderName: "Rhodri Ap Iorwerth" });
    expect(Number(first.hours)).toBe(3.5);
    expect(weekCertificateSessions(first).map((session) => [session.title, session.hours])).toEqual([
      [monday.title, 1],
      [tuesday.title, 2.5],
    ]);
    expect((await issueWeekCertificate(prisma, person, { eventId })).id).toBe(first.id);

    await prisma.registration.update({ where: { id: wednesdayRegistration }, data: { attendance: "ATTENDED" } });
    const second = await issueWeekCertificate(prisma, person, { eventId });
    expect(second.id).not.toBe(first.id);
    expect(Number(second.hours)).toBe(4.25);
    expect(weekCertificateSessions(second)).toHaveLength(3);
    // The earlier one stays valid: it was true when issued.
    expect((await findCertificateByCode(prisma, { code: first.code }))?.revokedAt).toBeNull();
    expect((await issueWeekCertificate(prisma, person, { eventId })).id).toBe(second.id);

    const listed = await listMyCertificates(prisma, person);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.totalHours).toBe(4.25);
    expect(listed[0]?.sessions.map((session) => session.sessionTitle)).toEqual([monday.title, tuesday.title, wednesday.title]);
  });
});

describe("verifying and revoking", () => {
  it("shows only what the certificate says, by code in any typed form", async () => {
    const session = await sessionOnDay();
    const certificate = await issueSessionCertificate(prisma, holder, { registrationId: await register(holder, session.id) });
    const found = await findCertificateByCode(prisma, { code: certificate.code.toLowerCase().replace(/-/g, " ") });
    expect(found).toMatchObject({ code: certificate.code, holderName: "Siân Llŷr", title: session.title, hours: 1.5, revokedAt: null });
    expect(Object.keys(found ?? {}).sort()).toEqual(
      [
        "code",
        "endsAt",
        "eventTitle",
        "eventTitleCy",
        "holderName",
        "hours",
        "issuedAt",
        "kind",
        "organiserName",
        "organiserNameCy",
        "revokedAt",
        "sessionCount",
        "startsAt",
        "timeZone",
        "title",
        "titleCy",
      ].sort(),
    );
    expect(await findCertificateByCode(prisma, { code: generateCertificateCode() })).toBeNull();
    expect(await findCertificateByCode(prisma, { code: "not a code" })).toBeNull();
  });

  it("lets only organisers revoke, with a reason, audited; verification then says so and a new download issues a new code", async () => {
    const session = await sessionOnDay();
    const registrationId = await register(holder, session.id);
    const certificate = await issueSessionCertificate(prisma, holder, { registrationId });
    const input = { certificateId: certificate.id, reason: "Marked as attended by mistake", confirm: "on" as const };

    await expect(revokeCertificate(prisma, holder, input)).rejects.toBeInstanceOf(NotOrganiserError);
    expect((await prisma.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).revokedAt).toBeNull();

    expect(await revokeCertificate(prisma, organiser, input)).toEqual({ ok: true, code: certificate.code });
    const stored = await prisma.certificate.findUniqueOrThrow({ where: { id: certificate.id } });
    expect(stored.revokedAt).toBeInstanceOf(Date);
    expect(stored.revokedReason).toBe("Marked as attended by mistake");
    const audit = await prisma.auditEntry.findMany({ where: { entityType: "certificate", entityId: certificate.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "certificate.revoke", actorId: organiser.id });

    expect(await revokeCertificate(prisma, organiser, input)).toEqual({ ok: false, refusal: "alreadyRevoked" });
    expect(await revokeCertificate(prisma, organiser, { ...input, certificateId: "no-such-certificate" })).toEqual({ ok: false, refusal: "notFound" });
    expect(await prisma.auditEntry.count({ where: { entityType: "certificate", entityId: certificate.id } })).toBe(1);
    expect((await findCertificateByCode(prisma, { code: certificate.code }))?.revokedAt).toEqual(stored.revokedAt);

    const reissued = await issueSessionCertificate(prisma, holder, { registrationId });
    expect(reissued.code).not.toBe(certificate.code);
    expect(reissued.revokedAt).toBeNull();
  });

  it("refuses a revocation without a reason or confirmation", () => {
    const result = revokeCertificateSchema.safeParse({ certificateId: "x", reason: "  ", confirm: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["reason", "reasonMissing"],
      ["confirm", "confirmMissing"],
    ]);
  });

  it("lets organisers search by holder, code and session, and nobody else", async () => {
    const session = await sessionOnDay();
    const certificate = await issueSessionCertificate(prisma, other, { registrationId: await register(other, session.id) });
    const byName = await listCertificates(prisma, organiser, { query: "gwenllïan" });
    expect(byName.certificates.map((item) => item.id)).toContain(certificate.id);
    const byCode = await listCertificates(prisma, organiser, { query: certificate.code.slice(4, 13).toLowerCase() });
    expect(byCode.certificates.map((item) => item.id)).toEqual([certificate.id]);
    const byTitle = await listCertificates(prisma, organiser, { query: session.title });
    expect(byTitle.certificates.map((item) => item.id)).toEqual([certificate.id]);
    await expect(listCertificates(prisma, other, {})).rejects.toBeInstanceOf(NotOrganiserError);
  });
});

describe("the certificate PDF", () => {
  let certificate: Certificate;

  beforeAll(async () => {
    const session = await sessionOnDay({ minutes: 90 });
    certificate = await issueSessionCertificate(prisma, holder, { registrationId: await register(holder, session.id) });
  });

  it("says who, what, when, how many hours and the code, in embedded fonts", async () => {
    const pdf = await renderCertificatePdf(gatherCertificatePdfData(certificate, SITE));
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    expect(text).toContain("Siân Llŷr");
    expect(text).toContain("Social Care Wales registration number W123456");
    expect(text).toContain(certificate.title);
    expect(text).toContain("Monday 3 June 2030, 10:00–11:30 BST");
    expect(text).toContain("Duration: 1 hour 30 minutes");
    expect(text).toContain("CPD hours: 1.5");
    expect(text).toContain("Part of Gwanwyn CPD Week 2030, organised by Gofal Cymdeithasol Cymru");
    expect(text).toContain(`Certificate code: ${certificate.code}`);
    expect(text).toContain(`${SITE}/certificates/verify/${certificate.code}`);

    const dir = await mkdtemp(path.join(os.tmpdir(), "cpd-cert-"));
    try {
      await writeFile(path.join(dir, "c.pdf"), pdf);
      const { stdout: info } = await run("pdfinfo", [path.join(dir, "c.pdf")]);
      expect(info).toMatch(new RegExp(`Title:\\s+Certificate ${certificate.code}`));
      expect(info).toMatch(/Author:\s+Gofal Cymdeithasol Cymru/);
      expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
      const { stdout: fonts } = await run("pdffonts", [path.join(dir, "c.pdf")]);
      expect(fonts).toMatch(/DejaVuSans-Bold/);
      expect(fonts).not.toMatch(/Helvetica/);
      for (const line of fonts.split("\n").slice(2).filter(Boolean)) expect(line).toMatch(/\byes\b/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("has a QR code that decodes to the verification URL", async () => {
    const pdf = await renderCertificatePdf(gatherCertificatePdfData(certificate, SITE));
    expect(await decodeQr(pdf)).toBe(`${SITE}/certificates/verify/${certificate.code}`);
  });

  it("renders the same certificate to the same document", async () => {
    const data = gatherCertificatePdfData(certificate, SITE);
    const [one, two] = await Promise.all([renderCertificatePdf(data), renderCertificatePdf(data)]);
    expect(one.equals(two)).toBe(true);
  });

  it("lists a week's sessions with their hours and the total", async () => {
    const person = await createUser(prisma, { ...registeredInWales, name: "Siôn Ŵyn" });
    const one = await sessionOnDay({ day: 4, minutes: 60 });
    const two = await sessionOnDay({ day: 5, cpdHours: 2.5 });
    await register(person, one.id);
    await register(person, two.id);
    const week = await issueWeekCertificate(prisma, person, { eventId });
    const pdf = await renderCertificatePdf(gatherCertificatePdfData(week, SITE));
    const text = await pdfText(pdf);
    expect(text).toContain("Siôn Ŵyn");
    expect(text).toMatch(new RegExp(`Tuesday 4 June 2030\\s+10:00–11:00 BST\\s+${one.title}\\s+1\\b`));
    expect(text).toMatch(new RegExp(`Wednesday 5 June 2030\\s+10:00–11:30 BST\\s+${two.title}\\s+2\\.5\\b`));
    expect(text).toMatch(/Total CPD hours\s+3\.5\b/);
    expect(text).toContain(week.code);
    expect(await decodeQr(pdf)).toBe(`${SITE}/certificates/verify/${week.code}`);
  });
});

describe("a certificate in the holder's language", () => {
  let welshSession: { id: string; title: string };

  beforeAll(async () => {
    await prisma.event.update({
      where: { id: eventId },
      data: { titleCy: "Wythnos DPP y Gwanwyn 2030", organiserNameCy: "Gofal Cymdeithasol Cymru (Cymraeg)" },
    });
    const session = await sessionOnDay({ day: 6, minutes: 90 });
    welshSession = await prisma.session.update({
      where: { id: session.id },
      data: { titleCy: `Ymarfer seiliedig ar gryfderau ${suffix}` },
      select: { id: true, title: true },
    });
  });

  async function personWhoChose(language: "WELSH" | "BILINGUAL" | "ENGLISH", name: string) {
    const person = await createUser(prisma, { ...registeredInWales, name });
    await prisma.user.update({ where: { id: person.id }, data: { language } });
    return person;
  }

  it("is in Welsh for someone who chose Welsh: the snapshot records the language and the Welsh titles", async () => {
    const person = await personWhoChose("WELSH", "Elin Haf");
    const certificate = await issueSessionCertificate(prisma, person, { registrationId: await register(person, welshSession.id) });
    expect(certificate).toMatchObject({ language: "WELSH", titleCy: `Ymarfer seiliedig ar gryfderau ${suffix}`, eventTitleCy: "Wythnos DPP y Gwanwyn 2030" });
    const pdf = await renderCertificatePdf(gatherCertificatePdfData(certificate, SITE));
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    expect(text).toContain("Tystysgrif presenoldeb");
    expect(text).toContain("Tystir bod Elin Haf");
    expect(text).toContain("Rhif cofrestru Gofal Cymdeithasol Cymru: W123456");
    expect(text).toContain(`Ymarfer seiliedig ar gryfderau ${suffix}`);
    expect(text).toContain("Dydd Iau 6 Mehefin 2030, 10:00–11:30 BST");
    expect(text).toContain("Hyd: 1 awr 30 munud");
    expect(text).toContain("Oriau DPP: 1.5");
    expect(text).toContain("Digwyddiad: Wythnos DPP y Gwanwyn 2030. Trefnydd: Gofal Cymdeithasol Cymru (Cymraeg)");
    expect(text).toContain(`Cod y dystysgrif: ${certificate.code}`);
    expect(text).not.toMatch(/Certificate of attendance|This is to certify|Duration|Strengths-based/);
    expect(await decodeQr(pdf)).toBe(`${SITE}/cy/certificates/verify/${certificate.code}`);
  });

  it("has both languages on one page, Welsh first, for someone who chose both", async () => {
    const person = await personWhoChose("BILINGUAL", "Rhys Llywelyn");
    const certificate = await issueSessionCertificate(prisma, person, { registrationId: await register(person, welshSession.id) });
    const pdf = await renderCertificatePdf(gatherCertificatePdfData(certificate, SITE));
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    for (const [welsh, english] of [
      ["Tystysgrif presenoldeb", "Certificate of attendance"],
      ["Tystir bod", "This is to certify that"],
      [`Ymarfer seiliedig ar gryfderau ${suffix}`, welshSession.title],
      ["Dydd Iau 6 Mehefin 2030", "Thursday 6 June 2030"],
      ["Hyd: 1 awr 30 munud", "Duration: 1 hour 30 minutes"],
      [`Cod y dystysgrif: ${certificate.code}`, `Certificate code: ${certificate.code}`],
    ] as const) {
      expect(text).toContain(welsh);
      expect(text).toContain(english);
      expect(text.indexOf(welsh)).toBeLessThan(text.indexOf(english));
    }
    const dir = await mkdtemp(path.join(os.tmpdir(), "cpd-cert-"));
    try {
      await writeFile(path.join(dir, "c.pdf"), pdf);
      const { stdout: info } = await run("pdfinfo", [path.join(dir, "c.pdf")]);
      expect(info).toMatch(/Pages:\s+1\n/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await decodeQr(pdf)).toBe(`${SITE}/cy/certificates/verify/${certificate.code}`);
  });

  it("is issued again in a newly chosen language on the next download; the earlier one stays valid", async () => {
    const person = await personWhoChose("ENGLISH", "Dafydd Prys");
    const registrationId = await register(person, welshSession.id);
    const english = await issueSessionCertificate(prisma, person, { registrationId });
    expect(await issueSessionCertificate(prisma, person, { registrationId })).toMatchObject({ id: english.id });
    await prisma.user.update({ where: { id: person.id }, data: { language: "WELSH" } });
    const welsh = await issueSessionCertificate(prisma, person, { registrationId });
    expect(welsh.id).not.toBe(english.id);
    expect(welsh.language).toBe("WELSH");
    expect(await findCertificateByCode(prisma, { code: english.code })).toMatchObject({ revokedAt: null, title: welshSession.title });
    expect(await findCertificateByCode(prisma, { code: welsh.code })).toMatchObject({ titleCy: `Ymarfer seiliedig ar gryfderau ${suffix}` });
  });

  it("is found by organisers under its Welsh title, which the list carries for Welsh pages", async () => {
    const person = await personWhoChose("WELSH", "Alys Meirion");
    const certificate = await issueSessionCertificate(prisma, person, { registrationId: await register(person, welshSession.id) });
    const { certificates } = await listCertificates(prisma, organiser, { query: `seiliedig ar gryfderau ${suffix}` });
    expect(certificates.find((item) => item.id === certificate.id)).toMatchObject({
      title: welshSession.title,
      titleCy: `Ymarfer seiliedig ar gryfderau ${suffix}`,
    });
  });

  it("lists a week's sessions under their Welsh titles, and the English title where no Welsh was written", async () => {
    const person = await personWhoChose("WELSH", "Nia Ben Aur");
    const englishOnly = await sessionOnDay({ day: 7, minutes: 60 });
    await register(person, welshSession.id);
    await register(person, englishOnly.id);
    const week = await issueWeekCertificate(prisma, person, { eventId });
    const text = await pdfText(await renderCertificatePdf(gatherCertificatePdfData(week, SITE)));
    expect(text).toContain("Tystysgrif presenoldeb: wythnos DPP");
    expect(text).toContain("Wythnos DPP y Gwanwyn 2030");
    expect(text).toMatch(new RegExp(`Dydd Iau 6 Mehefin 2030\\s+10:00–11:30 BST\\s+Ymarfer seiliedig ar gryfderau ${suffix}`));
    expect(text).toMatch(new RegExp(`Dydd Gwener 7 Mehefin 2030\\s+10:00–11:00 BST\\s+${englishOnly.title}`));
    expect(text).toMatch(/Cyfanswm oriau DPP\s+2\.5\b/);
  });
});
