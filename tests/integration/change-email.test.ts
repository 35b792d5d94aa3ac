import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { confirmEmailChange, pendingEmailChange, requestEmailChange } from "@/lib/auth/change-email";
import { createEmailLink } from "@/lib/auth/email-links";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import type { EmailMessage } from "@/lib/email/send-email";
import { registerForSession } from "@/lib/registration/register-for-session";
import { RegistrationError } from "@/lib/registration/registration-errors";

// Changing an account's email address takes effect only once the new address
// is proved by its link; until then the old address (and its confirmation)
// stays, so an address one does not own can never open a staff-only session.

const suffix = randomBytes(4).toString("hex");
const KEY = "change-email-test-key".padEnd(40, "k");
const PASSWORD = "correct horse battery staple";
let counter = 0;

function mailbox() {
  const sent: EmailMessage[] = [];
  return { sent, context: { key: KEY, siteUrl: "https://cpdweek.example.org", send: async (message: EmailMessage) => void sent.push(message) } };
}

async function account(email = `person-${++counter}-${suffix}@gmail.example`) {
  return prisma.user.create({
    data: { email, name: `Person ${counter}`, passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date("2026-01-01") },
    select: { id: true, email: true },
  });
}

const secretIn = (message: EmailMessage | undefined) => /\/change-email\?token=([A-Za-z0-9_-]{43})/.exec(message?.text ?? "")?.[1];

afterAll(async () => {
  await prisma.event.deleteMany({ where: { slug: `change-email-${suffix}` } });
  await prisma.user.deleteMany({ where: { email: { contains: suffix } } });
});

describe("changing the email address", () => {
  it("keeps the old address until the link sent to the new one is followed, then tells the old address", async () => {
    const person = await account();
    const newEmail = `person-${counter}-${suffix}@glanusk-${suffix}.gov.uk`;
    const { sent, context } = mailbox();
    expect(await requestEmailChange(prisma, person.id, { newEmail: ` ${newEmail.toUpperCase()} `, password: PASSWORD }, context)).toEqual({
      ok: true,
      email: newEmail,
    });
    expect(sent.map((message) => message.to)).toEqual([newEmail]);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { email: true } })).toEqual({ email: person.email });
    expect(await pendingEmailChange(prisma, person.id)).toBe(newEmail);

    expect(await confirmEmailChange(prisma, secretIn(sent[0]), context)).toEqual({ ok: true, email: newEmail });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { email: true, emailVerifiedAt: true } });
    expect(after.email).toBe(newEmail);
    expect(after.emailVerifiedAt).not.toBeNull();
    expect(sent.map((message) => message.to)).toEqual([newEmail, person.email]);
    expect(sent[1]?.text).toContain(newEmail);
    // The link works once.
    expect(await confirmEmailChange(prisma, secretIn(sent[0]), context)).toEqual({ ok: false, refusal: "linkInvalid" });
    expect(await pendingEmailChange(prisma, person.id)).toBeNull();
  });

  it("opens a staff-only session only once the council address is proved", async () => {
    const council = `glanusk-${suffix}.gov.uk`;
    const event = await prisma.event.create({
      data: {
        slug: `change-email-${suffix}`,
        title: "t",
        summary: "s",
        startDate: new Date("2030-06-03"),
        endDate: new Date("2030-06-07"),
        organiserName: "o",
        status: "PUBLISHED",
      },
    });
    const session = await prisma.session.create({
      data: {
        eventId: event.id,
        slug: `change-email-${suffix}-staff`,
        title: "Staff only",
        summary: "s",
        description: "d",
        startsAt: new Date("2030-06-03T09:00:00Z"),
        endsAt: new Date("2030-06-03T10:00:00Z"),
        format: "ONLINE",
        status: "PUBLISHED",
        bookingRule: "EMAIL_DOMAIN",
        bookingDomains: [council],
      },
    });
    const person = await account();
    const { sent, context } = mailbox();
    await requestEmailChange(prisma, person.id, { newEmail: `someone-${suffix}@${council}`, password: PASSWORD }, context);
    const refused = await registerForSession(prisma, { userId: person.id, sessionId: session.id }, new Date("2030-01-01")).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RegistrationError);
    expect((refused as RegistrationError).code).toBe("EMAIL_DOMAIN_NOT_ALLOWED");
    await confirmEmailChange(prisma, secretIn(sent[0]), context);
    expect((await registerForSession(prisma, { userId: person.id, sessionId: session.id }, new Date("2030-01-01"))).status).toBe("CONFIRMED");
  });

  it("refuses field by field: a wrong password, the same address, a malformed one", async () => {
    const person = await account();
    const { sent, context } = mailbox();
    expect(await requestEmailChange(prisma, person.id, { newEmail: `x-${suffix}@example.org`, password: "wrong" }, context)).toEqual({
      ok: false,
      fieldErrors: { password: "currentPasswordWrong" },
    });
    expect(await requestEmailChange(prisma, person.id, { newEmail: person.email, password: PASSWORD }, context)).toEqual({
      ok: false,
      fieldErrors: { newEmail: "sameEmail" },
    });
    expect(await requestEmailChange(prisma, person.id, { newEmail: "not an address\t", password: "" }, context)).toEqual({
      ok: false,
      fieldErrors: { newEmail: "emailInvalid", password: "passwordRequired" },
    });
    expect(sent).toEqual([]);
  });

  it("answers the same for an address that has an account, and never moves onto it", async () => {
    const person = await account();
    const other = await account();
    const { sent, context } = mailbox();
    expect(await requestEmailChange(prisma, person.id, { newEmail: other.email, password: PASSWORD }, context)).toEqual({ ok: true, email: other.email });
    expect(sent).toHaveLength(1);
    expect(secretIn(sent[0])).toBeUndefined();
    // A link made before the other account took the address cannot move onto it either.
    const link = await createEmailLink(prisma, KEY, { purpose: "CHANGE_EMAIL", email: other.email, userId: person.id });
    expect(await confirmEmailChange(prisma, link.secret, context)).toEqual({ ok: false, refusal: "emailTaken" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { email: true } })).toEqual({ email: person.email });
  });

  it("counts wrong passwords against the limit, so the form cannot be used to guess one", async () => {
    const person = await account();
    const { sent, context } = mailbox();
    for (let n = 0; n < 3; n++) {
      expect(await requestEmailChange(prisma, person.id, { newEmail: `guess-${suffix}@example.org`, password: `guess ${n}` }, context)).toEqual({
        ok: false,
        fieldErrors: { password: "currentPasswordWrong" },
      });
    }
    expect(await requestEmailChange(prisma, person.id, { newEmail: `guess-${suffix}@example.org`, password: PASSWORD }, context)).toEqual({
      ok: false,
      refusal: "tooManyRequests",
    });
    expect(sent).toEqual([]);
  });

  it("limits requests to three an hour per account", async () => {
    const person = await account();
    const { context } = mailbox();
    const results = [];
    for (let n = 0; n < 4; n++)
      results.push(await requestEmailChange(prisma, person.id, { newEmail: `n${n}-${suffix}@example.org`, password: PASSWORD }, context));
    expect(results.map((result) => result.ok)).toEqual([true, true, true, false]);
    expect(results[3]).toEqual({ ok: false, refusal: "tooManyRequests" });
  });
});
