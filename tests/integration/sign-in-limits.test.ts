import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_DEVICE, type SignInClient } from "@/lib/auth/authenticate";
import { createAccount } from "@/lib/auth/create-account";
import { issueDeviceToken } from "@/lib/auth/trusted-device";
import { checkInToSession, MAX_WRONG_CODES } from "@/lib/cpd/check-in/check-in-to-session";
import { prisma } from "@/lib/db";
import { reserveAttempt } from "@/lib/rate-limit/attempts";

// The sign-in and check-in limits against a real PostgreSQL (issue 11,
// findings 3 and 4): one limiter for every path, keyed by the socket's
// address (never a header the client writes), which parallel attempts cannot
// overrun, and which never locks out people who sign in from their own browser.

const suffix = randomBytes(4).toString("hex");
const secret = "limits-secret".padEnd(48, "z");
const password = "correct horse battery";
const email = (label: string) => `limits-${label}-${suffix}@example.test`;
const stranger = (address: string | null): SignInClient => ({ address, deviceToken: null, secret });
const accounts = new Map<string, string>();

async function account(label: string): Promise<string> {
  const created = await createAccount(prisma, { name: `Limits ${label}`, email: email(label), password });
  if (!created.ok) throw new Error(`could not create ${label}`);
  accounts.set(label, created.userId);
  return created.userId;
}

const evaluated = (results: Awaited<ReturnType<typeof authenticate>>[]) =>
  results.filter((result) => !result.ok && "refusal" in result && result.refusal === "signInFailed").length;

beforeAll(async () => {
  for (const label of ["burst", "locked", "owner", "nat", "other"]) await account(label);
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { endsWith: `-${suffix}@example.test` } } });
  await prisma.rateLimitAttempt.deleteMany({ where: { key: { contains: suffix } } });
  await prisma.rateLimitAttempt.deleteMany({ where: { key: { startsWith: "sign-in:address:198.51.100." } } });
});

describe("parallel attempts", () => {
  // Before the fix, all 40 were evaluated (the check and the record were separate steps).
  it("evaluate at most five passwords of 40 sent at once against one account", async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => authenticate(prisma, { email: email("burst"), password: `wrong ${i}` }, stranger(`198.51.100.${i}`))),
    );
    expect(evaluated(results)).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(evaluated(results)).toBeGreaterThan(0);
    expect(results.filter((result) => !result.ok && "refusal" in result && result.refusal === "rateLimited").length).toBe(40 - evaluated(results));
  });

  // A burst of 40 once let 6 through: each attempt reads the clock before it
  // waits for the lock, so one that read it later can take the lock first,
  // and its row is stamped after the next attempt's clock. The count ignored
  // such rows ("createdAt <= now"). Played here in that order, deterministically.
  it("count an attempt stamped after their own clock, as one that took the lock first is", async () => {
    const limit = { key: `limits-clock-${suffix}`, max: 1, windowMs: 60_000 };
    const clock = Date.now();
    expect((await reserveAttempt(prisma, [limit], new Date(clock + 5))).allowed).toBe(true);
    expect(await reserveAttempt(prisma, [limit], new Date(clock))).toEqual({ allowed: false, blockedBy: limit.key });
  });

  it("evaluate at most five check-in codes of 40 sent at once", async () => {
    const event = await prisma.event.create({
      data: {
        slug: `limits-${suffix}`,
        title: "Limits week",
        summary: "Generated",
        startDate: new Date("2032-05-03"),
        endDate: new Date("2032-05-07"),
        organiserName: "Test",
        status: "PUBLISHED",
      },
    });
    const session = await prisma.session.create({
      data: {
        eventId: event.id,
        slug: `limits-${suffix}`,
        title: "Limits",
        summary: "x",
        description: "x",
        startsAt: new Date("2032-05-04T09:00:00Z"),
        endsAt: new Date("2032-05-04T10:00:00Z"),
        format: "IN_PERSON",
        status: "PUBLISHED",
        selfCheckIn: true,
        checkInCode: "ABCDEF",
      },
    });
    const userId = accounts.get("other") ?? "";
    const registration = await prisma.registration.create({ data: { sessionId: session.id, userId, status: "CONFIRMED" } });
    const caller = { id: userId, email: email("other"), name: "Limits other", role: "ATTENDEE" as const };
    const during = new Date("2032-05-04T09:30:00Z");
    try {
      const results = await Promise.all(
        Array.from({ length: 40 }, () => checkInToSession(prisma, caller, { registrationId: registration.id, code: "ZZZZZZ" }, during)),
      );
      const judged = results.filter((result) => !result.ok && "fieldErrors" in result).length;
      expect(judged).toBeLessThanOrEqual(MAX_WRONG_CODES);
      expect(judged).toBeGreaterThan(0);
      // The right code is refused too until the window passes, and nothing was marked.
      expect(await checkInToSession(prisma, caller, { registrationId: registration.id, code: "ABCDEF" }, during)).toEqual({
        ok: false,
        refusal: "tooManyAttempts",
      });
      expect((await prisma.registration.findUniqueOrThrow({ where: { id: registration.id } })).attendance).toBe("UNMARKED");
    } finally {
      await prisma.event.delete({ where: { id: event.id } });
      await prisma.rateLimitAttempt.deleteMany({ where: { key: `check-in:${userId}` } });
    }
  });
});

describe("one account under attack", () => {
  it("locks out browsers that have not signed in to it, even with the right password", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await authenticate(prisma, { email: email("locked"), password: "guess" }, stranger(`203.0.113.${i}`));
    expect(await authenticate(prisma, { email: email("locked"), password }, stranger("203.0.113.200"))).toEqual({ ok: false, refusal: "rateLimited" });
  });

  it("never locks out its owner's own browser, which has a limit of its own", async () => {
    const ownerId = accounts.get("owner") ?? "";
    const ownBrowser: SignInClient = { address: "192.0.2.10", deviceToken: issueDeviceToken(ownerId, secret), secret };
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT + 3; i++)
      await authenticate(prisma, { email: email("owner"), password: "guess" }, stranger(`203.0.113.${50 + i}`));
    expect(await authenticate(prisma, { email: email("owner"), password }, stranger("203.0.113.99"))).toEqual({ ok: false, refusal: "rateLimited" });
    const signedIn = await authenticate(prisma, { email: email("owner"), password }, ownBrowser);
    expect(signedIn).toMatchObject({ ok: true, user: { id: ownerId }, deviceToken: ownBrowser.deviceToken });
  });

  it("gives a browser's own limit only for the account it signed in to, and only with our signature", async () => {
    const ownerId = accounts.get("owner") ?? "";
    const otherId = accounts.get("other") ?? "";
    // A device mark for another account, and a forged one, count as strangers (the owner's account is locked for strangers above).
    expect(
      await authenticate(prisma, { email: email("owner"), password }, { address: "192.0.2.11", deviceToken: issueDeviceToken(otherId, secret), secret }),
    ).toEqual({ ok: false, refusal: "rateLimited" });
    expect(
      await authenticate(
        prisma,
        { email: email("owner"), password },
        { address: "192.0.2.11", deviceToken: issueDeviceToken(ownerId, "another-secret".padEnd(48, "q")), secret },
      ),
    ).toEqual({ ok: false, refusal: "rateLimited" });
  });

  it("limits the owner's browser too, to five failures", async () => {
    const ownerId = accounts.get("owner") ?? "";
    const browser: SignInClient = { address: "192.0.2.12", deviceToken: issueDeviceToken(ownerId, secret), secret };
    const results = [];
    for (let i = 0; i < MAX_FAILURES_PER_DEVICE + 2; i++) results.push(await authenticate(prisma, { email: email("owner"), password: "guess" }, browser));
    expect(evaluated(results)).toBe(MAX_FAILURES_PER_DEVICE);
    expect(await authenticate(prisma, { email: email("owner"), password }, browser)).toEqual({ ok: false, refusal: "rateLimited" });
  });
});

describe("one address", () => {
  const council = "192.0.2.77";

  it("is limited when it sprays guesses across many accounts", async () => {
    const results = [];
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS + 2; i++)
      results.push(await authenticate(prisma, { email: email(`spray${i}`), password: "Password1!" }, stranger(council)));
    expect(evaluated(results)).toBe(MAX_FAILURES_PER_ADDRESS);
    expect(await authenticate(prisma, { email: email("nat"), password }, stranger(council))).toEqual({ ok: false, refusal: "rateLimited" });
  });

  it("does not lock out people behind it who have signed in from their own browser before", async () => {
    const natId = accounts.get("nat") ?? "";
    expect(
      await authenticate(prisma, { email: email("nat"), password }, { address: council, deviceToken: issueDeviceToken(natId, secret), secret }),
    ).toMatchObject({ ok: true });
  });

  it("does not affect any other address", async () => {
    expect(await authenticate(prisma, { email: email("nat"), password }, stranger("192.0.2.78"))).toMatchObject({ ok: true });
  });

  // The old sign-in form counted every client as "local" when no
  // X-Forwarded-For came: 20 failures by anyone locked out everybody. An
  // unknown address now has no per-address limit (the account limit stays).
  it("is never one shared bucket when the address is unknown", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS + 2; i++) await authenticate(prisma, { email: email(`unknown${i}`), password: "guess" }, stranger(null));
    expect(await authenticate(prisma, { email: email("other"), password }, stranger(null))).toMatchObject({ ok: true });
  });
});
