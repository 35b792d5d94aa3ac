import { randomBytes } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { createAccount } from "@/lib/auth/create-account";
import { issueSessionToken } from "@/lib/auth/session-cookie";
import { findSessionUser } from "@/lib/auth/session-user";
import { changePassword, endAllSessions } from "@/lib/auth/update-account";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

// A session is next-auth's encrypted JWT in a cookie. These tests play the
// part of two browsers holding tokens for the same account, and check that
// signing out and changing the password end the right ones.

const suffix = randomBytes(4).toString("hex");
const email = `session-security-${suffix}@example.test`;
const password = "correct horse battery";
const secret = () => env().NEXTAUTH_SECRET;

/** Signs in the way the sign-in form does, and returns the cookie value a browser would keep. */
async function signIn(currentPassword = password): Promise<string> {
  const result = await authenticate(prisma, { email, password: currentPassword }, { address: null, deviceToken: null, secret: secret() });
  if (!result.ok) throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  return issueSessionToken(result.user);
}

/** Who the site takes the holder of this cookie to be (what getCurrentUser does with it). */
async function holderOf(token: string) {
  const claims = await decode({ token, secret: secret() }).catch(() => null);
  return findSessionUser(prisma, claims);
}

let userId = "";

beforeAll(async () => {
  const created = await createAccount(prisma, { name: "Session Security", email, password });
  if (!created.ok) throw new Error("could not create the test account");
  userId = created.userId;
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email } });
  await prisma.rateLimitAttempt.deleteMany({ where: { key: { contains: suffix } } });
});

describe("a session token", () => {
  it("names the signed-in person, with the role read from the database", async () => {
    const token = await signIn();
    expect(await holderOf(token)).toEqual({ id: userId, email, name: "Session Security", role: "ATTENDEE" });
  });

  it("is refused when forged with another secret, damaged, or expired", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
    const claims = { sub: userId, sessionVersion: user.sessionVersion, role: "ORGANISER" };
    const forged = await encode({ secret: "another-secret".padEnd(48, "y"), token: claims });
    expect(await holderOf(forged)).toBeNull();

    const genuine = await signIn();
    const damaged = `${genuine.slice(0, -4)}${genuine.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await holderOf(damaged)).toBeNull();

    const expired = await encode({ secret: secret(), token: claims, maxAge: -60 });
    expect(await holderOf(expired)).toBeNull();
  });

  it("is refused without the claims a session needs", async () => {
    expect(await findSessionUser(prisma, null)).toBeNull();
    expect(await findSessionUser(prisma, { sub: userId })).toBeNull();
    expect(await findSessionUser(prisma, { sub: userId, sessionVersion: "0" })).toBeNull();
    expect(await findSessionUser(prisma, { sub: "no-such-user", sessionVersion: 0 })).toBeNull();
  });
});

describe("signing out", () => {
  it("ends the token everywhere: a copy of the cookie no longer signs anyone in", async () => {
    const laptop = await signIn();
    const copied = laptop;
    const phone = await signIn();
    expect(await holderOf(laptop)).not.toBeNull();

    await endAllSessions(prisma, userId);

    expect(await holderOf(copied)).toBeNull();
    expect(await holderOf(phone)).toBeNull();
    // Signing in again works as before.
    expect(await holderOf(await signIn())).toMatchObject({ id: userId });
  });
});

describe("changing the password", () => {
  it("signs out the other browser and keeps the changing one signed in", async () => {
    const otherBrowser = await signIn();
    const changingBrowser = await signIn();
    expect(await holderOf(otherBrowser)).not.toBeNull();

    const newPassword = "a much longer new password";
    const result = await changePassword(prisma, userId, { currentPassword: password, newPassword });
    expect(result).toMatchObject({ ok: true });
    // changePasswordAction gives the changing browser a new cookie with the new version.
    const renewed = await issueSessionToken({ id: userId, email, name: "Session Security", role: "ATTENDEE", sessionVersion: result.sessionVersion ?? -1 });

    expect(await holderOf(otherBrowser)).toBeNull();
    expect(await holderOf(changingBrowser)).toBeNull();
    expect(await holderOf(renewed)).toMatchObject({ id: userId });

    // Put the password back for the other tests.
    expect(await changePassword(prisma, userId, { currentPassword: newPassword, newPassword: password })).toMatchObject({ ok: true });
  });

  it("with the wrong current password changes nothing and ends no session", async () => {
    const token = await signIn();
    const before = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true, passwordHash: true } });
    expect(await changePassword(prisma, userId, { currentPassword: "not the password", newPassword: "another long password" })).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "currentPasswordWrong" },
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true, passwordHash: true } })).toEqual(before);
    expect(await holderOf(token)).not.toBeNull();
  });
});
