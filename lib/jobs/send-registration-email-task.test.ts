import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEmailFixture, type EmailFixture } from "../../tests/helpers/email-fixtures";
import { calendarText, startSmtpTestServer, type ReceivedEmail, type SmtpTestServer } from "../../tests/helpers/smtp-test-server";
import { prisma } from "../db";
import { siteUrl } from "../env";
import { cancelRegistration } from "../registration/cancel-registration";
import { sendRegistrationEmail } from "./send-registration-email-task";

// Tuesday 18 June 2030, 12:00 UTC: 13:00 in London (British Summer Time).
const startsAt = new Date("2030-06-18T12:00:00Z");
const localTime = "When: Tuesday 18 June 2030, 13:00 to 14:30 (BST)";

/** The app's own client and address, as the job worker is given its own. */
const context = () => ({ db: prisma, siteUrl: siteUrl() });

let smtp: SmtpTestServer;
let fixture: EmailFixture;
const smtpUrlBefore = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  fixture = await createEmailFixture(prisma);
});

afterAll(async () => {
  await fixture?.remove();
  await smtp?.close();
  if (smtpUrlBefore === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpUrlBefore;
});

beforeEach(() => {
  smtp.received.length = 0;
});

function onlyEmail(): ReceivedEmail {
  expect(smtp.received).toHaveLength(1);
  const [email] = smtp.received;
  if (!email) throw new Error("no email received");
  return email;
}

describe("registration emails", () => {
  it("confirms a place with the details, joining link and calendar file", async () => {
    const session = await fixture.session({ name: "confirmed-online", startsAt });
    const alex = await fixture.person("Alex");
    const registration = await fixture.register(session.id, alex.id, "CONFIRMED");

    const result = await sendRegistrationEmail(context(), { kind: "CONFIRMED", registrationId: registration.id });

    expect(result?.transport).toBe("smtp");
    const email = onlyEmail();
    expect(email.recipients).toEqual([alex.email]);
    expect(email.mail.to).toMatchObject({ text: alex.email });
    expect(email.mail.from?.text).toContain("no-reply@cpdweek.localhost");
    expect(email.mail.subject).toBe(`Your place is confirmed: ${session.title}`);
    const text = email.mail.text ?? "";
    expect(text).toContain("Hello Alex,");
    expect(text).toContain(`Session: ${session.title}`);
    expect(text).toContain(localTime);
    expect(text).toContain("Format: Online");
    expect(text).toContain(`Join online: ${session.joinUrl}`);
    expect(text).toContain(`${siteUrl()}/sessions/${session.slug}`);
    expect(text).toContain(`${siteUrl()}/account`);

    const calendar = calendarText(email, `${session.slug}.ics`);
    expect(calendar).toContain(`SUMMARY:${session.title}`);
    expect(calendar).toContain("DTSTART:20300618T120000Z");
    expect(calendar).toContain("STATUS:CONFIRMED");
  });

  it("gives no joining link for an in-person session", async () => {
    const session = await fixture.session({
      name: "confirmed-in-person",
      startsAt,
      format: "IN_PERSON",
      venue: "Cardiff City Hall",
      joinUrl: null,
    });
    const sam = await fixture.person("Sam");
    await sendRegistrationEmail(context(), { kind: "CONFIRMED", registrationId: (await fixture.register(session.id, sam.id, "CONFIRMED")).id });

    const text = onlyEmail().mail.text ?? "";
    expect(text).toContain("Format: In person");
    expect(text).toContain("Where: Cardiff City Hall");
    expect(text).not.toContain("Join online");
  });

  it("tells someone waiting their place in the queue, without the joining link", async () => {
    const session = await fixture.session({ name: "waiting-list", startsAt, capacity: 1 });
    const [first, gone, second, third] = await Promise.all(["Ada", "Ben", "Cat", "Dev"].map((name) => fixture.person(name)));
    if (!first || !gone || !second || !third) throw new Error("people not created");
    await fixture.register(session.id, first.id, "CONFIRMED");
    // Positions have gaps once people leave the list: Dev is second in line, not seventh.
    await fixture.register(session.id, gone.id, "CANCELLED");
    await fixture.register(session.id, second.id, "WAITLISTED", 3);
    const waiting = await fixture.register(session.id, third.id, "WAITLISTED", 7);

    await sendRegistrationEmail(context(), { kind: "WAITLISTED", registrationId: waiting.id });

    const email = onlyEmail();
    expect(email.recipients).toEqual([third.email]);
    expect(email.mail.subject).toBe(`You are on the waiting list: ${session.title}`);
    const text = email.mail.text ?? "";
    expect(text).toContain("You are number 2 on the waiting list.");
    expect(text).toContain(localTime);
    expect(text).not.toContain(session.joinUrl ?? "no join link");
    expect(email.mail.attachments).toHaveLength(0);
  });

  it("sends no waiting-list email to someone who already has a place", async () => {
    const session = await fixture.session({ name: "waiting-list-stale", startsAt });
    const eve = await fixture.person("Eve");
    const registration = await fixture.register(session.id, eve.id, "CONFIRMED");

    expect(await sendRegistrationEmail(context(), { kind: "WAITLISTED", registrationId: registration.id })).toBeNull();
    expect(smtp.received).toHaveLength(0);
  });

  it("tells the next person waiting that a place has come up", async () => {
    const session = await fixture.session({ name: "promotion", startsAt, capacity: 1 });
    const leaving = await fixture.person("Fay");
    const waiting = await fixture.person("Gus");
    const place = await fixture.register(session.id, leaving.id, "CONFIRMED");
    const queued = await fixture.register(session.id, waiting.id, "WAITLISTED", 1);

    const outcome = await cancelRegistration(prisma, { userId: leaving.id, registrationId: place.id }, new Date("2030-06-01T09:00:00Z"));
    expect(outcome.promotedRegistrationIds).toEqual([queued.id]);
    for (const id of outcome.promotedRegistrationIds) await sendRegistrationEmail(context(), { kind: "PROMOTED", registrationId: id });

    const email = onlyEmail();
    expect(email.recipients).toEqual([waiting.email]);
    expect(email.mail.subject).toBe(`A place has come up: ${session.title}`);
    const text = email.mail.text ?? "";
    expect(text).toContain("your place is confirmed");
    expect(text).toContain(localTime);
    expect(text).toContain(`Join online: ${session.joinUrl}`);
    const calendar = calendarText(email, `${session.slug}.ics`);
    expect(calendar).toContain(`SUMMARY:${session.title}`);
    expect(calendar).toContain("DTSTART:20300618T120000Z");
  });

  it("tells people the organiser cancelled the session, with a calendar file that cancels the entry", async () => {
    const session = await fixture.session({ name: "cancelled-session", startsAt });
    const hal = await fixture.person("Hal");
    const registration = await fixture.register(session.id, hal.id, "CONFIRMED");

    // Not while the session is still on.
    expect(await sendRegistrationEmail(context(), { kind: "SESSION_CANCELLED", registrationId: registration.id })).toBeNull();
    expect(smtp.received).toHaveLength(0);

    await prisma.session.update({ where: { id: session.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await sendRegistrationEmail(context(), { kind: "SESSION_CANCELLED", registrationId: registration.id });

    const email = onlyEmail();
    expect(email.recipients).toEqual([hal.email]);
    expect(email.mail.subject).toBe(`Cancelled: ${session.title}`);
    const text = email.mail.text ?? "";
    expect(text).toContain("The organiser has cancelled this session. It will not take place.");
    expect(text).toContain(localTime);
    expect(text).not.toContain("Join online");
    const calendar = calendarText(email, `${session.slug}.ics`);
    expect(calendar).toContain("STATUS:CANCELLED");
    expect(calendar).toContain("DTSTART:20300618T120000Z");
    expect(calendar).toContain(`SUMMARY:${session.title}`);
  });

  it("tells someone the organiser cancelled their registration, and only then", async () => {
    const session = await fixture.session({ name: "registration-cancelled", startsAt });
    const ida = await fixture.person("Ida");
    const registration = await fixture.register(session.id, ida.id, "CONFIRMED");

    // Not while the registration still stands.
    expect(await sendRegistrationEmail(context(), { kind: "REGISTRATION_CANCELLED", registrationId: registration.id })).toBeNull();
    expect(smtp.received).toHaveLength(0);

    await prisma.registration.update({ where: { id: registration.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await sendRegistrationEmail(context(), { kind: "REGISTRATION_CANCELLED", registrationId: registration.id });

    const email = onlyEmail();
    expect(email.recipients).toEqual([ida.email]);
    expect(email.mail.subject).toBe(`Your place has been cancelled: ${session.title}`);
    const text = email.mail.text ?? "";
    expect(text).toContain("The organiser has cancelled your registration for this session. The session itself is still going ahead.");
    expect(text).toContain(localTime);
    expect(text).not.toContain("Join online");
    expect(calendarText(email, `${session.slug}.ics`)).toContain("STATUS:CANCELLED");
  });
});

// Issue 12: each person's email in the language they chose, the programme's
// Welsh text where written, links to the Welsh pages; both languages (Welsh
// first) for someone who chose both; and a message to many people (a
// cancelled session) goes to each in their own language.
describe("registration emails in each person's language", () => {
  it("confirms a place in Welsh, with the Welsh title, Welsh dates, Welsh links and a Welsh calendar file", async () => {
    const session = await fixture.session({ name: "confirmed-welsh", startsAt, titleCy: "Sesiwn brawf Gymraeg" });
    const rhian = await fixture.person("Rhian", "WELSH");
    await sendRegistrationEmail(context(), { kind: "CONFIRMED", registrationId: (await fixture.register(session.id, rhian.id, "CONFIRMED")).id });
    const email = onlyEmail();
    expect(email.mail.subject).toBe("Mae eich lle wedi’i gadarnhau: Sesiwn brawf Gymraeg");
    const text = email.mail.text ?? "";
    expect(text).toContain("Dydd Mawrth 18 Mehefin 2030");
    expect(text).toContain(`${siteUrl()}/cy/sessions/${session.slug}`);
    expect(text).not.toContain("Your place is confirmed");
    expect(calendarText(email, `${session.slug}.ics`)).toContain("SUMMARY:Sesiwn brawf Gymraeg");
  });

  it("writes both languages, Welsh first, for someone who chose both", async () => {
    const session = await fixture.session({ name: "confirmed-bilingual", startsAt, titleCy: "Sesiwn ddwyieithog" });
    const gareth = await fixture.person("Gareth", "BILINGUAL");
    await sendRegistrationEmail(context(), { kind: "CONFIRMED", registrationId: (await fixture.register(session.id, gareth.id, "CONFIRMED")).id });
    const email = onlyEmail();
    const [welshSubject, englishSubject] = (email.mail.subject ?? "").split(" / ");
    expect(welshSubject).toContain("Sesiwn ddwyieithog");
    expect(englishSubject).toBe(`Your place is confirmed: ${session.title}`);
    const text = email.mail.text ?? "";
    expect(text.indexOf("Dydd Mawrth 18 Mehefin 2030")).toBeGreaterThan(-1);
    expect(text.indexOf("Tuesday 18 June 2030")).toBeGreaterThan(text.indexOf("Dydd Mawrth 18 Mehefin 2030"));
  });

  it("tells everyone booked on a cancelled session, each in their own language", async () => {
    const session = await fixture.session({ name: "cancelled-mixed", startsAt, titleCy: "Sesiwn wedi’i chanslo", status: "CANCELLED" });
    const welsh = await fixture.person("Nia", "WELSH");
    const english = await fixture.person("Tom", "ENGLISH");
    const forWelsh = await fixture.register(session.id, welsh.id, "CONFIRMED");
    const forEnglish = await fixture.register(session.id, english.id, "CONFIRMED");
    await sendRegistrationEmail(context(), { kind: "SESSION_CANCELLED", registrationId: forWelsh.id });
    await sendRegistrationEmail(context(), { kind: "SESSION_CANCELLED", registrationId: forEnglish.id });
    expect(smtp.received).toHaveLength(2);
    const to = (address: string) => smtp.received.find((email) => email.recipients.includes(address));
    expect(to(welsh.email)?.mail.subject).toContain("Sesiwn wedi’i chanslo");
    expect(to(welsh.email)?.mail.text).not.toContain("Tuesday");
    expect(to(english.email)?.mail.subject).toContain(session.title);
    expect(to(english.email)?.mail.text).toContain("Tuesday 18 June 2030");
  });
});
