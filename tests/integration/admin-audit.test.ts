import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditFilters } from "@/lib/admin/audit/audit-filters";
import { listAuditEntries } from "@/lib/admin/audit/list-audit-entries";
import { recordAuditEntry } from "@/lib/admin/audit-log";
import { NotOrganiserError } from "@/lib/admin/authorise";
import type { CurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";

// Reading the audit log: newest first, 50 a page, filtered by organiser, type,
// action, London dates and record. Entries here are made by organisers of this
// file only (random suffix), so other files' entries never match the filters.

const suffix = randomBytes(4).toString("hex");
const domain = `audit-${suffix}.example.test`;
let alice: CurrentUser;
let bob: CurrentUser;

async function entry(
  actor: CurrentUser,
  createdAt: string,
  change: { action: string; entityType: "session" | "theme" | "user"; entityId: string; summary?: string },
) {
  const earlier = await prisma.auditEntry.findMany({ where: { actorId: actor.id }, select: { id: true } });
  await prisma.$transaction((tx) =>
    recordAuditEntry(tx, actor, { summary: change.summary ?? change.action, before: { title: "Old" }, after: { title: "New" }, ...change }),
  );
  // Give the entry just written the time the test needs.
  const written = await prisma.auditEntry.findFirstOrThrow({ where: { actorId: actor.id, id: { notIn: earlier.map((row) => row.id) } } });
  await prisma.auditEntry.update({ where: { id: written.id }, data: { createdAt: new Date(createdAt) } });
  return written.id;
}

const filtered = (actor: CurrentUser, params: Record<string, string>) =>
  listAuditEntries(prisma, alice, parseAuditFilters({ actor: actor.email, ...params }).filters);

beforeAll(async () => {
  const make = (name: string) =>
    prisma.user.create({ data: { email: `${name}@${domain}`, name, role: "ORGANISER" }, select: { id: true, email: true, name: true, role: true } });
  alice = await make("alice");
  bob = await make("bob");
  // 23:30 UTC on 30 June 2030 is 00:30 BST on 1 July.
  await entry(alice, "2030-06-30T22:30:00Z", { action: "session.update", entityType: "session", entityId: `s1-${suffix}`, summary: "Late June edit" });
  await entry(alice, "2030-06-30T23:30:00Z", { action: "session.update", entityType: "session", entityId: `s1-${suffix}`, summary: "Just after midnight" });
  await entry(alice, "2030-07-02T10:00:00Z", { action: "theme.create", entityType: "theme", entityId: `t1-${suffix}` });
  await entry(bob, "2030-07-01T09:00:00Z", { action: "session.cancel", entityType: "session", entityId: `s1-${suffix}` });
  // Bob's long afternoon: 55 changes, a minute apart.
  for (let minute = 0; minute < 55; minute++) {
    await entry(bob, new Date(Date.UTC(2030, 6, 3, 13, minute)).toISOString(), {
      action: "user.bulk",
      entityType: "user",
      entityId: `u${minute}-${suffix}`,
      summary: `Change ${minute}`,
    });
  }
});

afterAll(async () => {
  await prisma.auditEntry.deleteMany({ where: { actorEmail: { endsWith: `@${domain}` } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${domain}` } } });
});

describe("the audit log", () => {
  it("is for organisers only", async () => {
    await expect(listAuditEntries(prisma, { ...alice, role: "ATTENDEE" }, { page: 1 })).rejects.toBeInstanceOf(NotOrganiserError);
  });

  it("lists one organiser's changes newest first, with before and after", async () => {
    const log = await filtered(alice, {});
    expect(log.total).toBe(3);
    expect(log.entries.map((row) => row.action)).toEqual(["theme.create", "session.update", "session.update"]);
    expect(log.entries[0]).toMatchObject({ actorEmail: alice.email, before: { title: "Old" }, after: { title: "New" } });
    expect(log.actors).toEqual(expect.arrayContaining([alice.email, bob.email]));
    expect(log.actions).toEqual(expect.arrayContaining(["session.update", "session.cancel", "theme.create", "user.bulk"]));
  });

  it("filters by type, action and record (the history of one session)", async () => {
    const history = await listAuditEntries(prisma, alice, parseAuditFilters({ entityType: "session", entityId: `s1-${suffix}` }).filters);
    expect(history.entries.map((row) => [row.actorEmail, row.summary])).toEqual([
      [bob.email, "session.cancel"],
      [alice.email, "Just after midnight"],
      [alice.email, "Late June edit"],
    ]);
    expect((await filtered(alice, { action: "theme.create" })).total).toBe(1);
    expect((await filtered(alice, { entityType: "theme" })).entries.map((row) => row.entityId)).toEqual([`t1-${suffix}`]);
    expect((await filtered(bob, { action: "session.update" })).total).toBe(0);
  });

  it("filters by London days, across midnight in summer time", async () => {
    const july = await filtered(alice, { from: "2030-07-01", to: "2030-07-01" });
    expect(july.entries.map((row) => row.summary)).toEqual(["Just after midnight"]);
    const june = await filtered(alice, { to: "2030-06-30" });
    expect(june.entries.map((row) => row.summary)).toEqual(["Late June edit"]);
    const fromSecond = await filtered(alice, { from: "2030-07-02" });
    expect(fromSecond.entries.map((row) => row.action)).toEqual(["theme.create"]);
  });

  it("pages by 50, newest first, and shows the last page for a page past the end", async () => {
    const first = await filtered(bob, { action: "user.bulk" });
    expect(first).toMatchObject({ total: 55, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]?.summary).toBe("Change 54");
    const second = await filtered(bob, { action: "user.bulk", page: "2" });
    expect(second.entries.map((row) => row.summary)).toEqual(["Change 4", "Change 3", "Change 2", "Change 1", "Change 0"]);
    const beyond = await filtered(bob, { action: "user.bulk", page: "9" });
    expect(beyond.page).toBe(2);
    expect(beyond.entries).toHaveLength(5);
  });

  it("ignores a bad filter value rather than hiding everything", async () => {
    const { filters, fieldErrors } = parseAuditFilters({ actor: alice.email, from: "31/12/2030" });
    expect(fieldErrors).toEqual({ from: "dateInvalid" });
    expect((await listAuditEntries(prisma, alice, filters)).total).toBe(3);
  });
});
