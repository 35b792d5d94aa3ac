import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { createAccount } from "@/lib/auth/create-account";
import { findLiveLink, hashLinkSecret } from "@/lib/auth/email-links";
import { finishSignUp } from "@/lib/auth/finish-sign-up";
import {
  MAX_LINK_REQUESTS_PER_ADDRESS,
  MAX_LINK_REQUESTS_PER_EMAIL,
  requestEmailVerification,
  requestPasswordReset,
  requestSignUpLink,
} from "@/lib/auth/request-account-link";
import { resetPassword } from "@/lib/auth/reset-password";
import { verifyEmail } from "@/lib/auth/verify-email";
import { prisma } from "@/lib/db";
import type { EmailMessage } from "@/lib/email/send-email";

// Links sent by email (issue 11, findings 2 and 7): sign-up answers the same
// whether or not an address has an account, accounts are made only by whoever
// reads the mailbox, and every link is keyed, expiring and single-use.

const suffix = randomBytes(4).toString("hex");
const KEY = "email-links-key".padEnd(40, "e");
const SITE = "https://cpdweek.example.org";
const email = (label: string) => `links-${label}-${suffix}@example.test`;
const sent: EmailMessage[] = [];
const context = (address: string | null = `192.0.2.${Math.floor(Math.random() * 200) + 1}`) => ({
  address,
  key: KEY,
  siteUrl: SITE,
  locale: "en" as const,
  send: async (message: EmailMessage) => void sent.push(message),
});
const secretIn = (message: EmailMessage | undefined, path: string) =>
  new RegExp(`${path.replace(/\//g, "\\/")}\\?token=([\\w-]+)`).exec(message?.text ?? "")?.[1] ?? null;
const lastTo = (to: string) => sent.filter((message) => message.to === to).at(-1);
const client = { address: null, deviceToken: null, secret: KEY };

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { endsWith: `-${suffix}@example.test` } } });
  await prisma.emailToken.deleteMany({ where: { email: { endsWith: `-${suffix}@example.test` } } });
  await prisma.rateLimitAttempt.deleteMany({ where: { key: { contains: suffix } } });
  await prisma.rateLimitAttempt.deleteMany({ where: { key: "link:address:198.51.100.200" } });
});

describe("asking to sign up", () => {
  // Finding 7: before, sign-up said "An account with this email address already exists".
  it("answers the same for a new address and one with an account; only the email differs", async () => {
    await createAccount(prisma, { name: "Has Account", email: email("known"), password: "a long enough password" });
    const known = await requestSignUpLink(prisma, { email: email("KNOWN") }, context());
    const unknown = await requestSignUpLink(prisma, { email: email("new") }, context());
    expect(known).toEqual({ ok: true, email: email("known") });
    expect(unknown).toEqual({ ok: true, email: email("new") });
    expect(lastTo(email("known"))?.subject).toBe("You already have a CPD Week account");
    expect(lastTo(email("known"))?.text).toContain(`${SITE}/forgotten-password`);
    expect(secretIn(lastTo(email("known")), "/sign-up/finish")).toBeNull();
    expect(lastTo(email("new"))?.subject).toBe("Finish creating your CPD Week account");
    expect(secretIn(lastTo(email("new")), "/sign-up/finish")).toMatch(/^[\w-]{43}$/);
    // Nothing is made until the link is used.
    expect(await prisma.user.count({ where: { email: email("new") } })).toBe(0);
  });

  it("names a bad address, and sends nothing", async () => {
    const before = sent.length;
    expect(await requestSignUpLink(prisma, { email: "not an address" }, context())).toEqual({ ok: false, fieldErrors: { email: "emailInvalid" } });
    expect(await requestSignUpLink(prisma, {}, context())).toEqual({ ok: false, fieldErrors: { email: "emailRequired" } });
    expect(sent.length).toBe(before);
  });

  it("sends at most three links an hour to one address, and answers too many from one client address", async () => {
    const target = email("flood");
    const results = [];
    for (let i = 0; i < MAX_LINK_REQUESTS_PER_EMAIL + 2; i++) results.push(await requestSignUpLink(prisma, { email: target }, context()));
    expect(results.filter((result) => result.ok)).toHaveLength(MAX_LINK_REQUESTS_PER_EMAIL);
    expect(results.at(-1)).toEqual({ ok: false, refusal: "tooManyRequests" });
    expect(sent.filter((message) => message.to === target)).toHaveLength(MAX_LINK_REQUESTS_PER_EMAIL);

    // One address's allowance, used up (as if by earlier requests), then one more.
    await prisma.rateLimitAttempt.createMany({ data: Array.from({ length: MAX_LINK_REQUESTS_PER_ADDRESS }, () => ({ key: "link:address:198.51.100.200" })) });
    expect(await requestSignUpLink(prisma, { email: email("one-too-many") }, context("198.51.100.200"))).toEqual({ ok: false, refusal: "tooManyRequests" });
    expect(await requestSignUpLink(prisma, { email: email("elsewhere") }, context("198.51.100.201"))).toMatchObject({ ok: true });
  });
});

describe("finishing a sign-up from its link", () => {
  it("makes a verified account for the link's address, with the details typed, once", async () => {
    await requestSignUpLink(prisma, { email: email("finish"), returnTo: "/sessions/a-session" }, context());
    const secret = secretIn(lastTo(email("finish")), "/sign-up/finish");
    // The database holds a keyed hash, never the secret.
    expect(await prisma.emailToken.count({ where: { tokenHash: secret ?? "" } })).toBe(0);
    expect(await prisma.emailToken.count({ where: { tokenHash: hashLinkSecret(secret ?? "", KEY) } })).toBe(1);

    expect(await finishSignUp(prisma, secret, { name: "", password: "short" }, KEY)).toEqual({
      ok: false,
      fieldErrors: { name: "nameRequired", password: "passwordTooShort" },
    });
    const done = await finishSignUp(prisma, secret, { name: "Gwen Morgan", password: "a long enough password", regulator: "SOCIAL_CARE_WALES" }, KEY);
    expect(done).toMatchObject({ ok: true, user: { email: email("finish"), name: "Gwen Morgan", role: "ATTENDEE" }, returnTo: "/sessions/a-session" });
    expect(await prisma.user.findUniqueOrThrow({ where: { email: email("finish") } })).toMatchObject({
      emailVerifiedAt: expect.any(Date),
      regulator: "SOCIAL_CARE_WALES",
    });
    expect(await finishSignUp(prisma, secret, { name: "Again", password: "a long enough password" }, KEY)).toEqual({ ok: false, refusal: "linkInvalid" });
  });

  it("refuses a made-up, mistyped or expired link, and a link for an address that now has an account", async () => {
    for (const secret of [undefined, "", "x", "A".repeat(43), ["A".repeat(43)], { not: "" }]) {
      expect(await finishSignUp(prisma, secret, { name: "Nobody", password: "a long enough password" }, KEY)).toEqual({ ok: false, refusal: "linkInvalid" });
    }
    await requestSignUpLink(prisma, { email: email("late") }, context());
    const late = secretIn(lastTo(email("late")), "/sign-up/finish");
    const tomorrow = new Date(Date.now() + 25 * 60 * 60_000);
    expect(await findLiveLink(prisma, KEY, "SIGN_UP", late, tomorrow)).toBeNull();
    expect(await finishSignUp(prisma, late, { name: "Late", password: "a long enough password" }, KEY, tomorrow)).toEqual({
      ok: false,
      refusal: "linkInvalid",
    });

    // Two links to one address: the first used makes the account; the other can only say so.
    await requestSignUpLink(prisma, { email: email("twice") }, context());
    await requestSignUpLink(prisma, { email: email("twice") }, context());
    const [first, second] = sent.filter((message) => message.to === email("twice")).map((message) => secretIn(message, "/sign-up/finish"));
    expect(await finishSignUp(prisma, second, { name: "Twice", password: "a long enough password" }, KEY)).toMatchObject({ ok: true });
    expect(await finishSignUp(prisma, first, { name: "Twice Again", password: "a long enough password" }, KEY)).toEqual({
      ok: false,
      refusal: "accountExists",
    });
    expect(await prisma.user.count({ where: { email: email("twice") } })).toBe(1);
  });

  it("lets only one of two parallel uses of a link make the account", async () => {
    await requestSignUpLink(prisma, { email: email("race") }, context());
    const secret = secretIn(lastTo(email("race")), "/sign-up/finish");
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => finishSignUp(prisma, secret, { name: `Racer ${i}`, password: "a long enough password" }, KEY)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { email: email("race") } })).toBe(1);
  });
});

describe("resetting a password", () => {
  it("answers the same for an address with no account", async () => {
    expect(await requestPasswordReset(prisma, { email: email("ghost") }, context())).toEqual({ ok: true, email: email("ghost") });
    expect(lastTo(email("ghost"))?.subject).toBe("Resetting your CPD Week password");
    expect(secretIn(lastTo(email("ghost")), "/reset-password")).toBeNull();
  });

  it("sets the password from the link, ends other sessions, proves the address, and works once", async () => {
    const created = await createAccount(prisma, { name: "Forgetful", email: email("reset"), password: "the old password" });
    if (!created.ok) throw new Error("setup");
    const before = await prisma.user.findUniqueOrThrow({ where: { id: created.userId } });
    expect(before.emailVerifiedAt).toBeNull();
    await requestPasswordReset(prisma, { email: email("reset") }, context());
    const secret = secretIn(lastTo(email("reset")), "/reset-password");
    expect(await resetPassword(prisma, secret, { newPassword: "short" }, KEY)).toEqual({ ok: false, fieldErrors: { newPassword: "passwordTooShort" } });
    expect(await resetPassword(prisma, secret, { newPassword: "a brand new password" }, KEY)).toMatchObject({ ok: true, user: { id: created.userId } });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: created.userId } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect((await authenticate(prisma, { email: email("reset"), password: "a brand new password" }, client)).ok).toBe(true);
    expect((await authenticate(prisma, { email: email("reset"), password: "the old password" }, client)).ok).toBe(false);
    expect(await resetPassword(prisma, secret, { newPassword: "yet another password" }, KEY)).toEqual({ ok: false, refusal: "linkInvalid" });
  });

  it("stops working after an hour", async () => {
    await createAccount(prisma, { name: "Slow", email: email("slow"), password: "the old password" });
    await requestPasswordReset(prisma, { email: email("slow") }, context());
    const secret = secretIn(lastTo(email("slow")), "/reset-password");
    const later = new Date(Date.now() + 61 * 60_000);
    expect(await resetPassword(prisma, secret, { newPassword: "a brand new password" }, KEY, later)).toEqual({ ok: false, refusal: "linkInvalid" });
  });
});

describe("confirming an address", () => {
  it("sends a link to the account's own address, which confirms it once", async () => {
    const created = await createAccount(prisma, { name: "Unconfirmed", email: email("verify"), password: "a long enough password" });
    if (!created.ok) throw new Error("setup");
    expect(await requestEmailVerification(prisma, created.userId, context())).toEqual({ ok: true, email: email("verify") });
    const secret = secretIn(lastTo(email("verify")), "/verify-email");
    expect(await verifyEmail(prisma, "B".repeat(43), KEY)).toEqual({ ok: false, refusal: "linkInvalid" });
    expect(await verifyEmail(prisma, secret, KEY)).toEqual({ ok: true, email: email("verify") });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: created.userId } })).emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyEmail(prisma, secret, KEY)).toEqual({ ok: false, refusal: "linkInvalid" });
    expect(await requestEmailVerification(prisma, created.userId, context())).toEqual({ ok: false, refusal: "alreadyVerified" });
  });

  it("is refused for a link of another kind", async () => {
    await createAccount(prisma, { name: "Mixed", email: email("mixed"), password: "a long enough password" });
    await requestPasswordReset(prisma, { email: email("mixed") }, context());
    const resetSecret = secretIn(lastTo(email("mixed")), "/reset-password");
    expect(await verifyEmail(prisma, resetSecret, KEY)).toEqual({ ok: false, refusal: "linkInvalid" });
    expect(await finishSignUp(prisma, resetSecret, { name: "Mixed", password: "a long enough password" }, KEY)).toEqual({ ok: false, refusal: "linkInvalid" });
  });
});
