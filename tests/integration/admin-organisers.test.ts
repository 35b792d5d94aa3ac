import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { NotOrganiserError } from "@/lib/admin/authorise";
import { acceptInvitationWithNewAccount, acceptOrganiserInvitation, findOrganiserInvitation } from "@/lib/admin/organisers/accept-organiser-invitation";
import { listOrganisers } from "@/lib/admin/organisers/list-organisers";
import { promoteOrganiser } from "@/lib/admin/organisers/promote-organiser";
import { removeOrganiser } from "@/lib/admin/organisers/remove-organiser";
import { withdrawInvitation } from "@/lib/admin/organisers/withdraw-invitation";
import { createAccount } from "@/lib/auth/create-account";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { linkSecretIn } from "../helpers/email-links";

// Organiser roles: promote, invite, withdraw, remove, and never the last
// organiser. People made here carry a random suffix and are deleted afterwards.
// Tests that need "the only organisers" demote every other organiser for the
// test and give the role back afterwards (files run one at a time).

const suffix = randomBytes(4).toString("hex");
const domain = `org-${suffix}.example.test`;
let counter = 0;
let outbox: string;
const outboxBefore = process.env.EMAIL_OUTBOX_DIR;
const smtpBefore = process.env.SMTP_URL;

const KEY = "organisers-test-key".padEnd(40, "k");
const context = { siteUrl: "https://cpdweek.example.org", key: KEY };
const promote = (actor: CurrentUser, input: unknown) => promoteOrganiser(prisma, actor, input, context);

/** Someone with an account; `verified` when they have proved their address (every account made through a link has). */
async function person(role: "ATTENDEE" | "ORGANISER" = "ATTENDEE", { verified = true } = {}): Promise<CurrentUser> {
  const n = ++counter;
  const user = await prisma.user.create({
    data: { email: `person-${n}@${domain}`, name: `Person ${n}`, role, emailVerifiedAt: verified ? new Date() : null },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

async function roleOf(id: string) {
  return (await prisma.user.findUniqueOrThrow({ where: { id }, select: { role: true } })).role;
}

/** Every audit entry and invitation, so that "nothing written" means nothing anywhere. */
async function snapshot() {
  const [entries, invitations, organisers] = await Promise.all([
    prisma.auditEntry.count(),
    prisma.organiserInvitation.findMany({ orderBy: { id: "asc" } }),
    prisma.user.findMany({ where: { role: "ORGANISER" }, select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  return { entries, invitations, organisers };
}

/** Runs `work` with `keep` as the only organisers, then gives everyone else their role back. */
async function withOnlyOrganisers<T>(keep: string[], work: () => Promise<T>): Promise<T> {
  const others = await prisma.user.findMany({ where: { role: "ORGANISER", id: { notIn: keep } }, select: { id: true } });
  await prisma.user.updateMany({ where: { id: { in: others.map((user) => user.id) } }, data: { role: "ATTENDEE" } });
  try {
    return await work();
  } finally {
    await prisma.user.updateMany({ where: { id: { in: others.map((user) => user.id) } }, data: { role: "ORGANISER" } });
  }
}

/** The secret of the newest invitation link emailed to `email`. */
async function invitationSecret(email: string): Promise<string> {
  const messages = (await emailsIn(outbox)).filter((text) => text.includes(`To: ${email}`));
  const secret = await linkSecretIn(messages.at(-1) ?? "", "/organiser-invitation");
  if (!secret) throw new Error(`no invitation link was emailed to ${email}`);
  return secret;
}

async function emailsIn(dir: string) {
  // Oldest first: the outbox names files by the time they were sent.
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith(".eml")).sort();
  return Promise.all(files.map((file) => readFile(path.join(dir, file), "utf8")));
}

let organiser: CurrentUser;

beforeAll(async () => {
  outbox = await mkdtemp(path.join(tmpdir(), "organiser-invitations-"));
  process.env.EMAIL_OUTBOX_DIR = outbox;
  process.env.SMTP_URL = "";
  organiser = await person("ORGANISER");
});

beforeEach(async () => {
  await rm(outbox, { recursive: true, force: true });
});

afterAll(async () => {
  if (outboxBefore === undefined) delete process.env.EMAIL_OUTBOX_DIR;
  else process.env.EMAIL_OUTBOX_DIR = outboxBefore;
  if (smtpBefore === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpBefore;
  await rm(outbox, { recursive: true, force: true });
  await prisma.organiserInvitation.deleteMany({ where: { email: { endsWith: `@${domain}` } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${domain}` } } });
});

describe("who may change roles", () => {
  it("refuses an attendee everywhere and writes nothing", async () => {
    const attendee = await person();
    const target = await person();
    const before = await snapshot();
    await expect(promote(attendee, { email: target.email })).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(removeOrganiser(prisma, attendee, { userId: organiser.id })).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(withdrawInvitation(prisma, attendee, { invitationId: "anything" })).rejects.toBeInstanceOf(NotOrganiserError);
    await expect(listOrganisers(prisma, attendee)).rejects.toBeInstanceOf(NotOrganiserError);
    expect(await snapshot()).toEqual(before);
    expect(await roleOf(target.id)).toBe("ATTENDEE");
  });
});

describe("promoting an account", () => {
  it("makes the account an organiser, whatever the case of the address, and audits it", async () => {
    const target = await person();
    const result = await promote(organiser, { email: `  ${target.email.toUpperCase()} ` });
    expect(result).toEqual({ ok: true, outcome: "promoted", email: target.email, name: target.name });
    expect(await roleOf(target.id)).toBe("ORGANISER");
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { entityType: "user", entityId: target.id }, orderBy: { createdAt: "desc" } });
    expect(entry).toMatchObject({
      actorId: organiser.id,
      actorEmail: organiser.email,
      action: "organiser.promote",
      before: { email: target.email, role: "ATTENDEE" },
      after: { email: target.email, role: "ORGANISER" },
    });
    expect(await emailsIn(outbox)).toEqual([]);
    const { organisers } = await listOrganisers(prisma, organiser);
    expect(organisers.find((row) => row.id === target.id)?.since).toEqual(entry.createdAt);
  });

  it("names each problem with the address and writes nothing", async () => {
    const other = await person("ORGANISER");
    const before = await snapshot();
    expect(await promote(organiser, { email: "" })).toMatchObject({ ok: false, fieldErrors: { email: "emailRequired" } });
    expect(await promote(organiser, {})).toMatchObject({ ok: false, fieldErrors: { email: "emailRequired" } });
    expect(await promote(organiser, { email: "not-an-email" })).toMatchObject({ ok: false, fieldErrors: { email: "emailInvalid" } });
    expect(await promote(organiser, { email: organiser.email.toUpperCase() })).toMatchObject({ ok: false, fieldErrors: { email: "yourself" } });
    expect(await promote(organiser, { email: other.email })).toMatchObject({ ok: false, fieldErrors: { email: "alreadyOrganiser" } });
    expect(await snapshot()).toEqual(before);
    expect(await emailsIn(outbox)).toEqual([]);
  });
});

describe("inviting an address nobody has proved", () => {
  it("records the invitation, audits it and emails a one-use link to the address", async () => {
    const email = `invited-${++counter}@${domain}`;
    const result = await promote(organiser, { email });
    expect(result).toMatchObject({ ok: true, outcome: "invited", email, emailSent: true });
    const invitation = await prisma.organiserInvitation.findUniqueOrThrow({ where: { email } });
    expect(invitation).toMatchObject({ invitedById: organiser.id, acceptedAt: null });
    expect(await prisma.auditEntry.findFirst({ where: { entityId: invitation.id } })).toMatchObject({
      action: "organiser.invite",
      entityType: "user",
      after: { email, role: "ORGANISER", invitation: "pending" },
    });
    const emails = await emailsIn(outbox);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatch(new RegExp(`^To: ${email.replace(/\./g, "\\.")}`, "m"));
    // Nobody has chosen a language for this address yet: Welsh and English, Welsh first.
    expect((await simpleParser(emails[0] ?? "")).subject).toBe("Gwahoddiad i helpu i drefnu Wythnos DPP / You are invited to help organise CPD Week");
    // The secret is in the email only: the database keeps a keyed hash of it.
    const secret = await invitationSecret(email);
    expect(await prisma.emailToken.count({ where: { invitationId: invitation.id, tokenHash: secret } })).toBe(0);
    const { invitations } = await listOrganisers(prisma, organiser);
    expect(invitations.find((row) => row.email === email)).toMatchObject({ invitedBy: { email: organiser.email }, linkExpiresAt: expect.any(Date) });
  });

  // Issue 11, finding 2a: before, anyone who signed up with an invited address was an organiser at once.
  it("gives nobody the role for signing up with an invited address", async () => {
    const email = `squatted-invite-${++counter}@${domain}`;
    await promote(organiser, { email });
    const created = await createAccount(prisma, { name: "Not The Invitee", email: email.toUpperCase(), password: "a long enough password" });
    expect(created.ok).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).role).toBe("ATTENDEE");
    expect((await prisma.organiserInvitation.findUniqueOrThrow({ where: { email } })).acceptedAt).toBeNull();
  });

  // Issue 11, finding 2b: before, promoting an address gave the role to whoever had signed up with it first.
  it("does not promote an account whose address was never proved: it invites the address instead", async () => {
    const squatter = await person("ATTENDEE", { verified: false });
    const result = await promote(organiser, { email: squatter.email });
    expect(result).toMatchObject({ ok: true, outcome: "invited", email: squatter.email });
    expect(result).not.toHaveProperty("name");
    expect(await roleOf(squatter.id)).toBe("ATTENDEE");
    expect(await prisma.auditEntry.count({ where: { entityId: squatter.id, action: "organiser.promote" } })).toBe(0);
    // Signed in as that account, but without the emailed link, nothing can be accepted.
    expect(await acceptOrganiserInvitation(prisma, squatter, "A".repeat(43), KEY)).toEqual({ ok: false, refusal: "linkInvalid" });
    expect(await acceptOrganiserInvitation(prisma, squatter, "not a secret", KEY)).toEqual({ ok: false, refusal: "linkInvalid" });
    expect(await roleOf(squatter.id)).toBe("ATTENDEE");
  });

  it("is accepted by creating an account from the link: verified, an organiser, audited, once", async () => {
    const email = `joining-${++counter}@${domain}`;
    await promote(organiser, { email });
    const secret = await invitationSecret(email);
    const view = await findOrganiserInvitation(prisma, secret, KEY);
    expect(view).toMatchObject({ email, invitedBy: organiser.name, accountExists: false });

    // Bad details: field errors, and the link still works.
    expect(await acceptInvitationWithNewAccount(prisma, secret, { name: "", password: "short" }, KEY)).toEqual({
      ok: false,
      fieldErrors: { name: "nameRequired", password: "passwordTooShort" },
    });
    const accepted = await acceptInvitationWithNewAccount(prisma, secret, { name: "New Organiser", password: "a long enough password" }, KEY);
    expect(accepted).toMatchObject({ ok: true, user: { email, role: "ORGANISER" } });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "ORGANISER", emailVerifiedAt: expect.any(Date) });
    expect(await prisma.auditEntry.findFirst({ where: { entityId: user.id, action: "organiser.accept" } })).toMatchObject({
      actorId: user.id,
      after: { role: "ORGANISER", invitation: "accepted" },
    });
    // One use only.
    expect(await acceptInvitationWithNewAccount(prisma, secret, { name: "Twice", password: "a long enough password" }, KEY)).toEqual({
      ok: false,
      refusal: "linkInvalid",
    });
    expect(await findOrganiserInvitation(prisma, secret, KEY)).toBeNull();
    const { invitations, organisers } = await listOrganisers(prisma, organiser);
    expect(invitations.some((row) => row.email === email)).toBe(false);
    expect(organisers.some((row) => row.id === user.id)).toBe(true);
  });

  it("is accepted by the signed-in account with the invited address, and by no other account", async () => {
    const invitee = await person("ATTENDEE", { verified: false });
    const bystander = await person();
    await promote(organiser, { email: invitee.email });
    const secret = await invitationSecret(invitee.email);
    expect(await findOrganiserInvitation(prisma, secret, KEY)).toMatchObject({ accountExists: true });
    const before = await snapshot();
    expect(await acceptOrganiserInvitation(prisma, bystander, secret, KEY)).toEqual({ ok: false, refusal: "wrongAccount" });
    expect(await acceptInvitationWithNewAccount(prisma, secret, { name: "Someone", password: "a long enough password" }, KEY)).toEqual({
      ok: false,
      refusal: "accountExists",
    });
    expect(await snapshot()).toEqual(before);
    expect(await acceptOrganiserInvitation(prisma, invitee, secret, KEY)).toMatchObject({ ok: true, user: { id: invitee.id, role: "ORGANISER" } });
    // Opening the link proved the address too.
    expect(await prisma.user.findUniqueOrThrow({ where: { id: invitee.id } })).toMatchObject({ role: "ORGANISER", emailVerifiedAt: expect.any(Date) });
    expect(await acceptOrganiserInvitation(prisma, invitee, secret, KEY)).toEqual({ ok: false, refusal: "linkInvalid" });
  });

  it("sends a new link when invited again, and the old one stops working", async () => {
    const email = `again-${++counter}@${domain}`;
    await promote(organiser, { email });
    const first = await invitationSecret(email);
    expect(await promote(organiser, { email })).toMatchObject({ ok: true, outcome: "reinvited", email, emailSent: true });
    const second = await invitationSecret(email);
    expect(second).not.toBe(first);
    expect(await findOrganiserInvitation(prisma, first, KEY)).toBeNull();
    expect(await findOrganiserInvitation(prisma, second, KEY)).toMatchObject({ email });
    expect(await prisma.organiserInvitation.count({ where: { email } })).toBe(1);
  });

  it("refuses a link after it has expired", async () => {
    const email = `late-${++counter}@${domain}`;
    await promote(organiser, { email });
    const secret = await invitationSecret(email);
    const eightDaysOn = new Date(Date.now() + 8 * 24 * 60 * 60_000);
    expect(await findOrganiserInvitation(prisma, secret, KEY, eightDaysOn)).toBeNull();
    expect(await acceptInvitationWithNewAccount(prisma, secret, { name: "Too Late", password: "a long enough password" }, KEY, eightDaysOn)).toEqual({
      ok: false,
      refusal: "linkInvalid",
    });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("can be withdrawn, once, and then its link is dead", async () => {
    const email = `withdrawn-${++counter}@${domain}`;
    await promote(organiser, { email });
    const secret = await invitationSecret(email);
    const invitation = await prisma.organiserInvitation.findUniqueOrThrow({ where: { email } });
    expect(await withdrawInvitation(prisma, organiser, { invitationId: invitation.id })).toEqual({ ok: true, email });
    expect(await prisma.organiserInvitation.findUnique({ where: { email } })).toBeNull();
    expect(await prisma.auditEntry.findFirst({ where: { entityId: invitation.id, action: "organiser.invite.withdraw" } })).toMatchObject({
      before: { email, invitation: "pending" },
      after: { email, invitation: "withdrawn" },
    });
    const before = await snapshot();
    expect(await withdrawInvitation(prisma, organiser, { invitationId: invitation.id })).toEqual({ ok: false, refusal: "invitationGone" });
    expect(await withdrawInvitation(prisma, organiser, {})).toEqual({ ok: false, refusal: "invitationGone" });
    expect(await snapshot()).toEqual(before);
    expect(await acceptInvitationWithNewAccount(prisma, secret, { name: "Changed Plans", password: "a long enough password" }, KEY)).toEqual({
      ok: false,
      refusal: "linkInvalid",
    });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });
});

describe("removing the organiser role", () => {
  it("makes an organiser an attendee again, audited, without signing them out", async () => {
    const target = await person("ORGANISER");
    const version = (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion;
    expect(await removeOrganiser(prisma, organiser, { userId: target.id })).toEqual({ ok: true, name: target.name, removedSelf: false });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.role).toBe("ATTENDEE");
    expect(after.sessionVersion).toBe(version);
    expect(await prisma.auditEntry.findFirst({ where: { entityId: target.id, action: "organiser.remove" } })).toMatchObject({
      actorId: organiser.id,
      before: { role: "ORGANISER" },
      after: { role: "ATTENDEE" },
    });
  });

  it("refuses someone who is not an organiser, writing nothing", async () => {
    const attendee = await person();
    const before = await snapshot();
    expect(await removeOrganiser(prisma, organiser, { userId: attendee.id })).toEqual({ ok: false, refusal: "notOrganiser" });
    expect(await removeOrganiser(prisma, organiser, { userId: "" })).toEqual({ ok: false, refusal: "notOrganiser" });
    expect(await snapshot()).toEqual(before);
  });

  it("lets you remove your own role while another organiser remains", async () => {
    const me = await person("ORGANISER");
    expect(await removeOrganiser(prisma, me, { userId: me.id })).toEqual({ ok: true, name: me.name, removedSelf: true });
    expect(await roleOf(me.id)).toBe("ATTENDEE");
  });

  it("never removes the last organiser", async () => {
    const only = await person("ORGANISER");
    await withOnlyOrganisers([only.id], async () => {
      const before = await snapshot();
      expect(await removeOrganiser(prisma, only, { userId: only.id })).toEqual({ ok: false, refusal: "lastOrganiser" });
      expect(await snapshot()).toEqual(before);
      expect(await roleOf(only.id)).toBe("ORGANISER");
    });
  });

  it("refuses an actor who has lost the role since the page was loaded", async () => {
    const stale = await person("ORGANISER");
    const target = await person("ORGANISER");
    await prisma.user.update({ where: { id: stale.id }, data: { role: "ATTENDEE" } });
    expect(await removeOrganiser(prisma, stale, { userId: target.id })).toEqual({ ok: false, refusal: "noLongerOrganiser" });
    expect(await roleOf(target.id)).toBe("ORGANISER");
  });
});

describe.runIf(inject("databaseKind") === "server")("two organisers removing each other at once (real server)", () => {
  let first: PrismaClient;
  let second: PrismaClient;

  beforeAll(() => {
    // Two pools, as two requests to the site would have: the transactions really run side by side.
    first = createPrismaClient(inject("databaseUrl"), { max: 2 });
    second = createPrismaClient(inject("databaseUrl"), { max: 2 });
  });

  afterAll(async () => {
    await Promise.all([first.$disconnect(), second.$disconnect()]);
  });

  it("lets exactly one succeed, so one organiser is always left", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await person("ORGANISER");
      const b = await person("ORGANISER");
      await withOnlyOrganisers([a.id, b.id], async () => {
        const results = await Promise.all([removeOrganiser(first, a, { userId: b.id }), removeOrganiser(second, b, { userId: a.id })]);
        expect(results.filter((result) => result.ok)).toHaveLength(1);
        expect(results.filter((result) => !result.ok)).toHaveLength(1);
        expect(await prisma.user.count({ where: { role: "ORGANISER" } })).toBe(1);
      });
    }
  });

  it("lets exactly one of two organisers remove their own role at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await person("ORGANISER");
      const b = await person("ORGANISER");
      await withOnlyOrganisers([a.id, b.id], async () => {
        const results = await Promise.all([removeOrganiser(first, a, { userId: a.id }), removeOrganiser(second, b, { userId: b.id })]);
        expect(results.filter((result) => result.ok)).toHaveLength(1);
        expect(results.find((result) => !result.ok)).toEqual({ ok: false, refusal: "lastOrganiser" });
        expect(await prisma.user.count({ where: { role: "ORGANISER" } })).toBe(1);
      });
    }
  });
});
