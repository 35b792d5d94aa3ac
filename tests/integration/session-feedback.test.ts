import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { markAttendance } from "@/lib/admin/registrations/mark-attendance";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getSessionCpdForm } from "@/lib/cpd/get-session-cpd-form";
import { prisma } from "@/lib/db";
import { feedbackCsv } from "@/lib/feedback/feedback-csv";
import { getSessionFeedbackReport, getWeekFeedbackReport } from "@/lib/feedback/get-feedback-report";
import { findMyFeedbackLink, listFeedbackDue } from "@/lib/feedback/get-my-feedback";
import { giveFeedback } from "@/lib/feedback/give-feedback";
import { translatorFor } from "@/lib/i18n/catalogue";
import { FOLLOW_UP_DELAY_MS } from "@/lib/jobs/follow-up-jobs";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/job-queue";
import { exportMyData } from "@/lib/privacy/export-my-data";
import { createEmailFixture, type EmailFixture } from "@/tests/helpers/email-fixtures";
import { discardQueuedJobs, queuedJobs, sendQueuedEmails } from "@/tests/helpers/job-queue";
import { startSmtpTestServer, type SmtpTestServer } from "@/tests/helpers/smtp-test-server";

// Feedback after a session (issue 15): once, by attendees, after the end;
// the follow-up email that asks for it; what organisers see (written answers
// only from 3 answers, names only where agreed); the way into the CPD entry.

let smtp: SmtpTestServer;
let fixture: EmailFixture;
let organiser: CurrentUser;
const smtpUrlBefore = process.env.SMTP_URL;
const pastStart = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  fixture = await createEmailFixture(prisma);
  const made = await fixture.person("Olwen-Organiser");
  organiser = (await prisma.user.update({
    where: { id: made.id },
    data: { role: "ORGANISER" },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  })) as unknown as CurrentUser;
});

afterAll(async () => {
  await prisma.auditEntry.deleteMany({ where: { actorId: organiser.id } });
  await fixture?.remove();
  await smtp?.close();
  if (smtpUrlBefore === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpUrlBefore;
});

beforeEach(async () => {
  await discardQueuedJobs();
  smtp.received.length = 0;
});

/**
 * What this file's people received. Other test files share the database, and
 * running the due jobs here may also send their emails to this file's server.
 */
const ours = () => smtp.received.filter((email) => email.recipients.every((address) => address.endsWith(`-${fixture.suffix}@example.test`)));

async function attendedPeople(name: string, count: number, startsAt = pastStart) {
  const session = await fixture.session({ name, startsAt });
  const people = [];
  for (let index = 0; index < count; index++) {
    const person = await fixture.person(`${name}-${index}`);
    const registration = await prisma.registration.create({ data: { sessionId: session.id, userId: person.id, status: "CONFIRMED", attendance: "ATTENDED" } });
    people.push({ person, registrationId: registration.id });
  }
  return { session, people };
}

const answers = (registrationId: string, extra: Record<string, string> = {}) => ({
  registrationId,
  relevance: "4",
  quality: "5",
  mostUseful: "The case study about chronologies.",
  couldBeBetter: "",
  ...extra,
});

describe("giving feedback", () => {
  it("checks the form field by field, is for attendees after the end, and is given once", async () => {
    const { session, people } = await attendedPeople("give", 1);
    const { person, registrationId } = people[0]!;
    expect(
      await giveFeedback(prisma, person.id, { registrationId, relevance: "6", quality: "", mostUseful: "a\u0000b", couldBeBetter: "x".repeat(2001) }),
    ).toEqual({
      ok: false,
      fieldErrors: { relevance: "relevanceRequired", quality: "qualityRequired", mostUseful: "controlCharacters", couldBeBetter: "tooLong" },
    });
    const stranger = await fixture.person("give-stranger");
    expect(await giveFeedback(prisma, stranger.id, answers(registrationId))).toEqual({ ok: false, refusal: "notAttended" });
    expect(await prisma.sessionFeedback.count({ where: { registrationId } })).toBe(0);

    expect(await giveFeedback(prisma, person.id, answers(registrationId, { showName: "on" }))).toEqual({ ok: true });
    expect(await giveFeedback(prisma, person.id, answers(registrationId))).toEqual({ ok: false, refusal: "alreadyGiven" });
    expect(await prisma.sessionFeedback.findUniqueOrThrow({ where: { registrationId } })).toMatchObject({
      relevance: 4,
      quality: 5,
      mostUseful: "The case study about chronologies.",
      couldBeBetter: null,
      showName: true,
    });
    expect(await findMyFeedbackLink(prisma, person.id, session.id)).toEqual({ registrationId, given: true });
    expect(await findMyFeedbackLink(prisma, stranger.id, session.id)).toBeNull();
    // In the person's data download.
    const mine = await exportMyData(prisma, person.id);
    expect(mine.registrations[0]?.feedback).toMatchObject({ relevance: 4, quality: 5, showName: true });
  });

  it("refuses before the session ends, for people not marked attended, and twice at once", async () => {
    const { people: during } = await attendedPeople("during", 1, new Date(Date.now() - 30 * 60 * 1000));
    expect(await giveFeedback(prisma, during[0]!.person.id, answers(during[0]!.registrationId))).toEqual({ ok: false, refusal: "notEnded" });
    const session = await fixture.session({ name: "absent", startsAt: pastStart });
    const absent = await fixture.person("absent-person");
    const registration = await prisma.registration.create({ data: { sessionId: session.id, userId: absent.id, status: "CONFIRMED", attendance: "ABSENT" } });
    expect(await giveFeedback(prisma, absent.id, answers(registration.id))).toEqual({ ok: false, refusal: "notAttended" });
    expect(await listFeedbackDue(prisma, absent.id)).toEqual([]);

    const { people } = await attendedPeople("twice", 1);
    const [first, second] = await Promise.all([
      giveFeedback(prisma, people[0]!.person.id, answers(people[0]!.registrationId)),
      giveFeedback(prisma, people[0]!.person.id, answers(people[0]!.registrationId)),
    ]);
    expect([first, second].filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.sessionFeedback.count({ where: { registrationId: people[0]!.registrationId } })).toBe(1);
  });

  it("starts a new CPD entry's learning from the feedback", async () => {
    const { people } = await attendedPeople("carry", 1);
    const { person, registrationId } = people[0]!;
    expect((await listFeedbackDue(prisma, person.id)).map((due) => due.id)).toEqual([registrationId]);
    await giveFeedback(prisma, person.id, answers(registrationId, { mostUseful: "Writing the chronology with the family." }));
    expect(await listFeedbackDue(prisma, person.id)).toEqual([]);
    const form = await getSessionCpdForm(prisma, { id: person.id } as never, registrationId);
    expect(form?.feedback).toEqual({ mostUseful: "Writing the chronology with the family." });
    expect(form?.entry).toBeNull();
  });
});

describe("what organisers see", () => {
  it("holds back written answers below 3, shows names only where agreed, and counts against attendance", async () => {
    const { session, people } = await attendedPeople("report", 4);
    await giveFeedback(
      prisma,
      people[0]!.person.id,
      answers(people[0]!.registrationId, { relevance: "5", quality: "3", mostUseful: "Named answer", showName: "on" }),
    );
    await giveFeedback(prisma, people[1]!.person.id, answers(people[1]!.registrationId, { relevance: "3", quality: "4", mostUseful: "Anonymous answer" }));
    const two = await getSessionFeedbackReport(prisma, organiser, session.id);
    expect(two).toMatchObject({ attended: 4, summary: { answers: 2, written: null, relevance: { average: 4, counts: [0, 0, 1, 0, 1] } } });
    const csvTwo = feedbackCsv(translatorFor("en"), session.title, 4, two!.summary);
    expect(csvTwo).not.toContain("Anonymous answer");
    expect(csvTwo).toContain("Written answers are left out until at least 3 people have answered (2 so far).");

    await giveFeedback(
      prisma,
      people[2]!.person.id,
      answers(people[2]!.registrationId, { relevance: "4", quality: "5", mostUseful: "", couldBeBetter: "Longer breaks" }),
    );
    const three = await getSessionFeedbackReport(prisma, organiser, session.id);
    expect(three?.summary.answers).toBe(3);
    const written = three?.summary.written ?? [];
    expect(written.map((answer) => [answer.name, answer.mostUseful ?? answer.couldBeBetter]).sort()).toEqual(
      [
        [people[0]!.person.name, "Named answer"],
        [null, "Anonymous answer"],
        [null, "Longer breaks"],
      ].sort(),
    );
    const csvThree = feedbackCsv(translatorFor("cy"), session.title, 4, three!.summary);
    expect(csvThree).toContain("Dienw");
    expect(csvThree).toContain(people[0]!.person.name);
    expect(csvThree).not.toContain(people[1]!.person.name);

    const week = await getWeekFeedbackReport(prisma, organiser, fixture.event.id);
    expect(week?.sessions.find((row) => row.id === session.id)).toMatchObject({ attended: 4, summary: { answers: 3 } });
    expect(week?.summary.written).toBeNull(); // written answers stay on each session's page

    const attendee = { ...people[3]!.person, role: "ATTENDEE" } as unknown as CurrentUser;
    await expect(getSessionFeedbackReport(prisma, attendee, session.id)).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(getWeekFeedbackReport(prisma, attendee, fixture.event.id)).rejects.toBeInstanceOf(NotOrganiserError);
  });
});

describe("the follow-up email", () => {
  it("is queued when attendance is marked, sent an hour after the end at the earliest, once", async () => {
    const startsAt = new Date(Date.now() - 30 * 60 * 1000); // under way: 90 minutes long
    const session = await fixture.session({ name: "follow-up", startsAt });
    const person = await fixture.person("follow-up-person", "BILINGUAL");
    const registration = await fixture.register(session.id, person.id, "CONFIRMED");
    await prisma.sessionResource.createMany({
      data: [
        {
          sessionId: session.id,
          kind: "SLIDES",
          title: "The slides",
          titleCy: "Y sleidiau",
          url: "https://slides.example.test/deck",
          visibility: "ATTENDEES",
          position: 0,
        },
        { sessionId: session.id, kind: "RECORDING", title: "The recording", url: "https://video.example.test/rec", visibility: "ATTENDEES", position: 1 },
      ],
    });
    const now = new Date();
    await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "ATTENDED", registrationIds: [registration.id] }, now);
    const [job] = await prisma.$queryRawUnsafe<Array<{ run_at: Date }>>(
      `SELECT run_at FROM ${JOB_QUEUE_SCHEMA}._private_jobs WHERE key = $1`,
      `follow-up-${registration.id}`,
    );
    expect(job?.run_at).toEqual(new Date(session.endsAt.getTime() + FOLLOW_UP_DELAY_MS));
    // Marked again (another organiser, a double click): still one job.
    await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "ABSENT", registrationIds: [registration.id] }, now);
    await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "ATTENDED", registrationIds: [registration.id] }, now);
    expect(
      (await queuedJobs()).filter(
        (queued) => queued.task === "send-follow-up" && (queued.payload as { registrationId?: string }).registrationId === registration.id,
      ),
    ).toHaveLength(1);

    // The session is over: its job falls due.
    await prisma.$queryRawUnsafe(`UPDATE ${JOB_QUEUE_SCHEMA}._private_jobs SET run_at = now() WHERE key = $1`, `follow-up-${registration.id}`);
    await sendQueuedEmails();
    expect(ours()).toHaveLength(1);
    const email = ours()[0]!.mail;
    expect(email.subject).toBe(`Diolch am ddod: ${session.title} / Thank you for coming: ${session.title}`);
    expect(email.text).toContain(`/cy/account/feedback/${registration.id}`);
    expect(email.text).toContain(`/account/feedback/${registration.id}`);
    expect(email.text).toContain(`/account/cpd/sessions/${registration.id}`);
    // The slides this attendee may see; not the recording, as the session has not ended yet.
    expect(email.text).toContain("- Sleidiau: Y sleidiau: https://slides.example.test/deck");
    expect(email.text).toContain("- Slides: The slides: https://slides.example.test/deck");
    expect(email.text).not.toContain("video.example.test");
    expect((await prisma.registration.findUniqueOrThrow({ where: { id: registration.id } })).followUpSentAt).not.toBeNull();

    // Marked again later: the follow-up is not sent twice.
    await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "ABSENT", registrationIds: [registration.id] });
    await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "ATTENDED", registrationIds: [registration.id] });
    await sendQueuedEmails();
    expect(ours()).toHaveLength(1);
  });

  it("is not sent to someone unmarked before it falls due", async () => {
    const { session, people } = await attendedPeople("unmarked", 0);
    const person = await fixture.person("unmarked-person");
    const registration = await fixture.register(session.id, person.id, "CONFIRMED");
    await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "ATTENDED", registrationIds: [registration.id] });
    await markAttendance(prisma, organiser, { sessionId: session.id, attendance: "UNMARKED", registrationIds: [registration.id] });
    expect(people).toEqual([]);
    await sendQueuedEmails();
    expect(ours()).toHaveLength(0);
  });
});
