import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpdRecordCsv } from "@/lib/cpd/export/cpd-record-csv";
import { cpdRecordText } from "@/lib/cpd/export/cpd-record-text";
import { getCpdExport } from "@/lib/cpd/export/get-cpd-export";
import { getRenewalReadiness } from "@/lib/cpd/get-renewal-readiness";
import { getSessionCpdForm } from "@/lib/cpd/get-session-cpd-form";
import { listCpdRecord } from "@/lib/cpd/list-cpd-record";
import { logSessionCpd } from "@/lib/cpd/log-session-cpd";
import { answerPeerConfirmation, findPeerConfirmationRequest } from "@/lib/cpd/peer/answer-peer-confirmation";
import { getPeerConfirmationPage } from "@/lib/cpd/peer/get-peer-confirmation-page";
import { requestPeerConfirmation, type PeerConfirmationContext } from "@/lib/cpd/peer/request-peer-confirmation";
import { prisma } from "@/lib/db";
import type { EmailMessage } from "@/lib/email/send-email";
import { exportMyData } from "@/lib/privacy/export-my-data";
import { createUser } from "@/tests/helpers/factories";

// Peer reflection against this run's database, in a generated week of its own
// in 2031: a session with a peer discussion, an attendee who records it, and
// the colleague who confirms it through the emailed link. Emails are caught
// here; every refusal is checked to have written nothing.

const suffix = randomBytes(4).toString("hex");
const prefix = `peer-${suffix}`;
const KEY = "peer-reflection-test-key";
const SITE = "https://cpdweek.example.org";
const now = new Date("2031-03-10T12:00:00Z");
let eventId: string;
let alice: { id: string };
let bob: { id: string };
let aliceRegistration: string;
let bobRegistration: string;

const sent: EmailMessage[] = [];
const context = (more: Partial<PeerConfirmationContext> = {}): PeerConfirmationContext => ({
  key: KEY,
  siteUrl: SITE,
  now,
  send: async (message) => {
    sent.push(message);
  },
  ...more,
});

const entryFields = {
  hours: "1.5",
  learning: "How a strengths-based conversation opens with what is working.",
  impact: "I will start each review by asking the family what has gone well.",
  peerReflection: "on",
  peerNotes: "Three social workers from other councils, in a breakout room: we compared how we open reviews.",
  standards: ["4.6"],
};

async function entryOf(registrationId: string) {
  return prisma.cpdEntry.findUniqueOrThrow({ where: { registrationId }, select: { id: true } });
}

/** The link's secret from the last email caught, and that email. */
function lastLink(): { secret: string; email: EmailMessage } {
  const email = sent.at(-1)!;
  const match = /\/peer-confirmation\?token=([A-Za-z0-9_-]{43})/.exec(email.text);
  if (!match) throw new Error(`No link in: ${email.text}`);
  return { secret: match[1]!, email };
}

async function requestsOfThisRun() {
  return prisma.peerConfirmation.count({ where: { entry: { user: { email: { endsWith: `@${prefix}.example.test` } } } } });
}

beforeAll(async () => {
  const event = await prisma.event.create({
    data: {
      slug: prefix,
      title: `Peer Week ${suffix}`,
      summary: "Generated",
      startDate: new Date("2031-03-03"),
      endDate: new Date("2031-03-07"),
      organiserName: "Test organiser",
      status: "PUBLISHED",
    },
    select: { id: true },
  });
  eventId = event.id;
  const session = await prisma.session.create({
    data: {
      eventId,
      slug: `${prefix}-circle`,
      title: "Reflective circle",
      summary: "Generated",
      description: "Generated",
      startsAt: new Date("2031-03-04T10:00:00Z"),
      endsAt: new Date("2031-03-04T11:30:00Z"),
      format: "ONLINE",
      status: "PUBLISHED",
      peerDiscussion: true,
    },
    select: { id: true },
  });
  alice = await createUser(prisma, { email: `alice@${prefix}.example.test`, name: "Alice Jones", regulator: "SOCIAL_WORK_ENGLAND", language: "ENGLISH" });
  bob = await createUser(prisma, { email: `bob@${prefix}.example.test`, name: "Bob Jones", regulator: "SOCIAL_WORK_ENGLAND", language: "WELSH" });
  aliceRegistration = (
    await prisma.registration.create({ data: { sessionId: session.id, userId: alice.id, status: "CONFIRMED", attendance: "ATTENDED" }, select: { id: true } })
  ).id;
  bobRegistration = (
    await prisma.registration.create({ data: { sessionId: session.id, userId: bob.id, status: "CONFIRMED", attendance: "ATTENDED" }, select: { id: true } })
  ).id;
});

afterAll(async () => {
  await prisma.event.delete({ where: { id: eventId } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${prefix}.example.test` } } });
  await prisma.rateLimitAttempt.deleteMany({ where: { key: { contains: prefix } } });
});

describe("recording a session's peer discussion", () => {
  it("offers it on the session's CPD form, needs the note when ticked, and counts the entry for renewal", async () => {
    const form = await getSessionCpdForm(prisma, alice, aliceRegistration);
    expect(form?.session.peerDiscussion).toBe(true);
    expect(await logSessionCpd(prisma, alice, { ...entryFields, registrationId: aliceRegistration, peerNotes: "   " })).toEqual({
      ok: false,
      fieldErrors: { peerNotes: "peerNotesRequired" },
    });
    expect(await prisma.cpdEntry.count({ where: { registrationId: aliceRegistration } })).toBe(0);

    expect(await logSessionCpd(prisma, alice, { ...entryFields, registrationId: aliceRegistration })).toMatchObject({ ok: true });
    const readiness = await getRenewalReadiness(prisma, alice, now);
    expect(readiness).toMatchObject({ kind: "SOCIAL_WORK_ENGLAND", peerEntries: 1 });
  });
});

describe("asking a colleague to confirm it", () => {
  it("refuses someone else's entry, and an entry with no peer discussion, writing nothing", async () => {
    const alicesEntry = await entryOf(aliceRegistration);
    const colleague = { colleagueName: "Sam Price", colleagueEmail: `sam@${prefix}.example.test`, language: "ENGLISH" };
    expect(await requestPeerConfirmation(prisma, bob, { ...colleague, entryId: alicesEntry.id }, context())).toEqual({ ok: false, refusal: "refused" });
    expect(await requestPeerConfirmation(prisma, alice, { ...colleague, entryId: "no-such-entry" }, context())).toEqual({ ok: false, refusal: "refused" });
    await logSessionCpd(prisma, bob, { ...entryFields, registrationId: bobRegistration, peerReflection: undefined, peerNotes: "" });
    const bobsEntry = await entryOf(bobRegistration);
    expect(await requestPeerConfirmation(prisma, bob, { ...colleague, entryId: bobsEntry.id }, context())).toEqual({ ok: false, refusal: "peerNotRecorded" });
    expect(await requestsOfThisRun()).toBe(0);
    expect(sent).toHaveLength(0);
  });

  it("gives field errors for a missing or broken name and address, and for the person's own address", async () => {
    const entryId = (await entryOf(aliceRegistration)).id;
    expect(
      await requestPeerConfirmation(prisma, alice, { entryId, colleagueName: "", colleagueEmail: "not an address", language: "KLINGON" }, context()),
    ).toEqual({
      ok: false,
      fieldErrors: { colleagueName: "colleagueNameRequired", colleagueEmail: "colleagueEmailInvalid", language: "colleagueLanguageRequired" },
    });
    expect(await requestPeerConfirmation(prisma, alice, { entryId, colleagueName: "Sam\tPrice", colleagueEmail: " ", language: "ENGLISH" }, context())).toEqual(
      {
        ok: false,
        fieldErrors: { colleagueName: "controlCharacters", colleagueEmail: "colleagueEmailRequired" },
      },
    );
    expect(
      await requestPeerConfirmation(
        prisma,
        alice,
        { entryId, colleagueName: "Me", colleagueEmail: `ALICE@${prefix}.example.test`, language: "ENGLISH" },
        context(),
      ),
    ).toEqual({
      ok: false,
      fieldErrors: { colleagueEmail: "colleagueEmailIsYours" },
    });
    expect(await requestsOfThisRun()).toBe(0);
  });

  it("saves nothing when the email cannot be sent", async () => {
    const entryId = (await entryOf(aliceRegistration)).id;
    const failing = context({
      send: async () => {
        throw new Error("SMTP down");
      },
    });
    const result = await requestPeerConfirmation(
      prisma,
      alice,
      { entryId, colleagueName: "Sam Price", colleagueEmail: `down@${prefix}.example.test`, language: "ENGLISH" },
      failing,
    );
    expect(result).toEqual({ ok: false, refusal: "emailNotSent" });
    expect(await requestsOfThisRun()).toBe(0);
    expect(await prisma.emailToken.count({ where: { email: `down@${prefix}.example.test` } })).toBe(0);
  });

  it("emails the colleague in the chosen language a link whose page shows only the title, day and note", async () => {
    const entryId = (await entryOf(aliceRegistration)).id;
    const result = await requestPeerConfirmation(
      prisma,
      alice,
      { entryId, colleagueName: "Sam Price", colleagueEmail: ` Sam@${prefix}.EXAMPLE.test `, language: "BILINGUAL" },
      context(),
    );
    expect(result).toEqual({ ok: true, colleagueEmail: `sam@${prefix}.example.test` });
    const { secret, email } = lastLink();
    expect(email.to).toBe(`sam@${prefix}.example.test`);
    expect(email.subject).toBe("Mae Alice Jones yn gofyn i chi gadarnhau trafodaeth gyda chymar / Alice Jones asks you to confirm a peer discussion");
    expect(email.text).toContain(`${SITE}/cy/peer-confirmation?token=`);
    expect(email.text).toContain(`${SITE}/peer-confirmation?token=`);
    // The email carries nothing of the entry itself.
    expect(email.text).not.toContain("breakout room");
    expect(email.text).not.toContain(entryFields.learning);

    const shown = await findPeerConfirmationRequest(prisma, KEY, secret, now);
    expect(shown).toEqual({
      colleagueName: "Sam Price",
      askedBy: "Alice Jones",
      title: "Reflective circle",
      activityDate: new Date("2031-03-04T00:00:00Z"),
      note: entryFields.peerNotes,
    });
    expect(JSON.stringify(shown)).not.toContain(entryFields.learning);
    expect(JSON.stringify(shown)).not.toContain(entryFields.impact);
    const page = await getPeerConfirmationPage(prisma, alice, entryId, now);
    expect(page?.confirmation).toMatchObject({ state: "PENDING", colleagueName: "Sam Price", noteChanged: false });
    // Nobody else sees the request.
    expect(await getPeerConfirmationPage(prisma, bob, entryId, now)).toBeNull();
  });

  it("replaces the earlier request when asked again: the first link stops working", async () => {
    const entryId = (await entryOf(aliceRegistration)).id;
    const first = lastLink().secret;
    await requestPeerConfirmation(
      prisma,
      alice,
      { entryId, colleagueName: "Sam Price", colleagueEmail: `sam@${prefix}.example.test`, language: "ENGLISH" },
      context(),
    );
    const second = lastLink().secret;
    expect(second).not.toBe(first);
    expect(await findPeerConfirmationRequest(prisma, KEY, first, now)).toBeNull();
    expect(await answerPeerConfirmation(prisma, KEY, { token: first, answer: "CONFIRMED" }, now)).toEqual({ ok: false, refusal: "linkInvalid" });
    expect(await findPeerConfirmationRequest(prisma, KEY, second, now)).not.toBeNull();
    expect(await requestsOfThisRun()).toBe(1);
  });

  it("records one answer of two sent at once, and then the link is used up", async () => {
    const { secret } = lastLink();
    expect(await answerPeerConfirmation(prisma, KEY, { token: secret, answer: "MAYBE" }, now)).toEqual({ ok: false, refusal: "linkInvalid" });
    const answers = await Promise.all([
      answerPeerConfirmation(prisma, KEY, { token: secret, answer: "CONFIRMED" }, now),
      answerPeerConfirmation(prisma, KEY, { token: secret, answer: "DECLINED" }, now),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    const request = await prisma.peerConfirmation.findFirstOrThrow({ where: { entry: { userId: alice.id } }, select: { status: true, respondedAt: true } });
    const winner = answers.find((answer) => answer.ok);
    expect(request.status).toBe(winner?.ok ? winner.answer : "none");
    expect(request.respondedAt).toEqual(now);
    expect(await findPeerConfirmationRequest(prisma, KEY, secret, now)).toBeNull();
    expect(await answerPeerConfirmation(prisma, KEY, { token: secret, answer: "CONFIRMED" }, now)).toEqual({ ok: false, refusal: "linkInvalid" });
    expect(await answerPeerConfirmation(prisma, KEY, { token: "x".repeat(43), answer: "CONFIRMED" }, now)).toEqual({ ok: false, refusal: "linkInvalid" });
    expect(await answerPeerConfirmation(prisma, KEY, { token: ["not", "a", "string"], answer: "CONFIRMED" }, now)).toEqual({
      ok: false,
      refusal: "linkInvalid",
    });
  });

  it("shows the answer on the record and in the exports, and says when the note has changed since", async () => {
    const entryId = (await entryOf(aliceRegistration)).id;
    // Make the answer a known one for the rest of the checks.
    await prisma.peerConfirmation.update({ where: { entryId }, data: { status: "CONFIRMED" } });
    const record = await listCpdRecord(prisma, alice, { from: null, to: null }, now);
    expect(record.entries[0]?.peerConfirmation).toMatchObject({ state: "CONFIRMED", colleagueName: "Sam Price", noteChanged: false });
    const data = await getCpdExport(prisma, alice, { from: null, to: null });
    expect(cpdRecordCsv(data)).toContain("Sam Price confirmed the discussion on Monday 10 March 2031");
    expect(cpdRecordText(data, now)).toContain("Confirmed by a colleague: Sam Price confirmed the discussion on Monday 10 March 2031");

    await logSessionCpd(prisma, alice, { ...entryFields, registrationId: aliceRegistration, peerNotes: "A different note, written later." });
    const changed = await getPeerConfirmationPage(prisma, alice, entryId, now);
    expect(changed?.confirmation).toMatchObject({ state: "CONFIRMED", noteChanged: true });
    expect(cpdRecordCsv(await getCpdExport(prisma, alice, { from: null, to: null }))).toContain("(an earlier version of the note)");
  });

  it("limits requests to one colleague's address to 3 a day", async () => {
    const entryId = (await entryOf(aliceRegistration)).id;
    const colleague = { entryId, colleagueName: "Rhys Evans", colleagueEmail: `rhys@${prefix}.example.test`, language: "WELSH" };
    for (let i = 0; i < 3; i++) expect(await requestPeerConfirmation(prisma, alice, colleague, context())).toMatchObject({ ok: true });
    expect(await requestPeerConfirmation(prisma, alice, colleague, context())).toEqual({ ok: false, refusal: "tooManyRequests" });
    await prisma.rateLimitAttempt.deleteMany({ where: { key: { contains: prefix } } });
  });

  it("is in the person's data download, with the colleague's name, address and answer", async () => {
    const data = await exportMyData(prisma, alice.id, now);
    expect(data.cpdEntries[0]).toMatchObject({
      peerConfirmation: {
        colleagueName: "Rhys Evans",
        colleagueEmail: `rhys@${prefix}.example.test`,
        status: "PENDING",
        note: "A different note, written later.",
      },
    });
  });

  it("goes with the entry: deleting it deletes the request and its links", async () => {
    const entry = await entryOf(aliceRegistration);
    const request = await prisma.peerConfirmation.findUniqueOrThrow({ where: { entryId: entry.id }, select: { id: true } });
    await prisma.cpdEntry.delete({ where: { id: entry.id } });
    expect(await prisma.peerConfirmation.count({ where: { id: request.id } })).toBe(0);
    expect(await prisma.emailToken.count({ where: { peerConfirmationId: request.id } })).toBe(0);
  });
});
