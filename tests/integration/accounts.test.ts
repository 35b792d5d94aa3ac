import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { createAccount } from "@/lib/auth/create-account";
import { changePassword, endAllSessions, updateAccountDetails } from "@/lib/auth/update-account";
import { prisma } from "@/lib/db";

const suffix = randomBytes(4).toString("hex");
const email = (label: string) => `accounts-${label}-${suffix}@example.test`;
const password = "correct horse battery";
/** A browser at this address that has never signed in here before. */
const from = (address: string) => ({ address, deviceToken: null, secret: "test-secret".padEnd(40, "x") });

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { endsWith: `-${suffix}@example.test` } } });
  await prisma.rateLimitAttempt.deleteMany({ where: { key: { contains: suffix } } });
});

describe("creating an account", () => {
  it("stores a lower-cased email and an argon2id hash, never the password", async () => {
    const result = await createAccount(prisma, {
      name: " Rhian Evans ",
      email: email("Create").toUpperCase(),
      password,
      regulator: "SOCIAL_CARE_WALES",
      registrationNumber: "W123",
    });
    expect(result.ok).toBe(true);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: email("create") } });
    expect(user.name).toBe("Rhian Evans");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(password);
    expect(user.calendarToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("refuses a second account for the same email in another case, writing nothing", async () => {
    await createAccount(prisma, { name: "One", email: email("dupe"), password });
    const before = await prisma.user.count();
    expect(await createAccount(prisma, { name: "Two", email: email("DUPE"), password })).toEqual({ ok: false, fieldErrors: { email: "emailTaken" } });
    expect(await prisma.user.count()).toBe(before);
  });

  it("names every field that is wrong, and writes nothing", async () => {
    const before = await prisma.user.count();
    const result = await createAccount(prisma, { name: "", email: "nope", password: "short", regulator: "MADE_UP", jobRole: "x".repeat(500) });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { name: "nameRequired", email: "emailInvalid", password: "passwordTooShort", regulator: "regulatorInvalid", jobRole: "tooLong" },
    });
    expect(await createAccount(prisma, { name: 42, email: null, password: ["x"] })).toMatchObject({ ok: false });
    expect(await prisma.user.count()).toBe(before);
  });
});

describe("signing in", () => {
  it("accepts the right password whatever the email's case", async () => {
    await createAccount(prisma, { name: "Sign In", email: email("signin"), password });
    const result = await authenticate(prisma, { email: email("SIGNIN"), password }, from(`ip-${suffix}-a`));
    expect(result).toMatchObject({ ok: true, user: { email: email("signin"), role: "ATTENDEE" }, deviceToken: expect.stringMatching(/^[\w-]+\.\w+\.[\w-]+$/) });
  });

  it("answers the same for an unknown email and a wrong password", async () => {
    const wrong = await authenticate(prisma, { email: email("signin"), password: "wrong password" }, from(`ip-${suffix}-b`));
    const unknown = await authenticate(prisma, { email: email("nobody"), password: "wrong password" }, from(`ip-${suffix}-b`));
    expect(wrong).toEqual({ ok: false, refusal: "signInFailed" });
    expect(unknown).toEqual(wrong);
  });

  it("names missing fields", async () => {
    expect(await authenticate(prisma, { email: "", password: "" }, from(`ip-${suffix}-c`))).toEqual({
      ok: false,
      fieldErrors: { email: "emailRequired", password: "passwordRequired" },
    });
  });
});

describe("changing an account", () => {
  it("changes the password only with the current one, and ends other sessions", async () => {
    const created = await createAccount(prisma, { name: "Changer", email: email("change"), password });
    if (!created.ok) throw new Error("setup failed");
    expect(await changePassword(prisma, created.userId, { currentPassword: "not it", newPassword: "a brand new password" })).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "currentPasswordWrong" },
    });
    const before = await prisma.user.findUniqueOrThrow({ where: { id: created.userId }, select: { sessionVersion: true } });
    expect(await changePassword(prisma, created.userId, { currentPassword: password, newPassword: "a brand new password" })).toMatchObject({ ok: true });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: created.userId }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await authenticate(prisma, { email: email("change"), password: "a brand new password" }, from(`ip-${suffix}-d`))).ok).toBe(true);
    await endAllSessions(prisma, created.userId);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: created.userId } })).sessionVersion).toBe(after.sessionVersion + 1);
  });

  it("updates details with field errors for bad input", async () => {
    const created = await createAccount(prisma, { name: "Details", email: email("details"), password });
    if (!created.ok) throw new Error("setup failed");
    expect(await updateAccountDetails(prisma, created.userId, { name: "", regulator: "SSSC" })).toEqual({ ok: false, fieldErrors: { name: "nameRequired" } });
    expect(await updateAccountDetails(prisma, created.userId, { name: "New Name", regulator: "SSSC", organisation: "Fife Council" })).toEqual({ ok: true });
    // Issue 12: the language for emails, calendar files and certificates, kept when not sent, refused when not one of the three.
    expect(await updateAccountDetails(prisma, created.userId, { name: "New Name", regulator: "SSSC", language: "WELSH" })).toEqual({ ok: true });
    expect(await updateAccountDetails(prisma, created.userId, { name: "New Name", regulator: "SSSC" })).toEqual({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: created.userId } })).language).toBe("WELSH");
    expect(await updateAccountDetails(prisma, created.userId, { name: "New Name", regulator: "SSSC", language: "KLINGON" })).toEqual({
      ok: false,
      fieldErrors: { language: "languageInvalid" },
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: created.userId } })).language).toBe("WELSH");
    expect(
      await updateAccountDetails(prisma, created.userId, { name: "New Name", regulator: "SSSC", organisation: "Fife Council", language: "ENGLISH" }),
    ).toEqual({ ok: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: created.userId } })).toMatchObject({
      name: "New Name",
      regulator: "SSSC",
      organisation: "Fife Council",
    });
  });
});
