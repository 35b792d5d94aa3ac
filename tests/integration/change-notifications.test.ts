import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { changeVersions, type ChangeVersions } from "@/lib/cache/change-feed";
import { listenForChanges, type ChangeListener } from "@/lib/cache/listen-for-changes";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { startEmbeddedDatabase } from "@/scripts/support/embedded-database";

// The database tells every server process what changed (the triggers of the
// migration 20261207020000_change_notifications), on commit and only then;
// the embedded database passes notifications between its connections as a
// server does.

async function until(predicate: () => boolean, timeoutMs = 2_000): Promise<number> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("change notifications from the database", () => {
  let prisma: PrismaClient;
  let listener: ChangeListener;

  beforeAll(async () => {
    prisma = createPrismaClient(inject("databaseUrl"), { max: 2 });
    listener = listenForChanges(inject("databaseUrl"));
    await until(() => changeVersions().live, 5_000);
  });

  afterAll(async () => {
    await listener.stop();
    await prisma.$disconnect();
  });

  it("an organiser's edit counts as a programme change, reaching the listener well within 1 s", async () => {
    const session = await prisma.session.findFirstOrThrow({ select: { id: true, title: true } });
    const before: ChangeVersions = changeVersions();
    await prisma.session.update({ where: { id: session.id }, data: { title: session.title } });
    const waited = await until(() => changeVersions().programme > before.programme, 1_000);
    expect(waited).toBeLessThan(1_000);
    await settle();
    expect(changeVersions().places).toBe(before.places);
  });

  it("a booking counts as a change of places, not of the programme", async () => {
    const registration = await prisma.registration.findFirst({ select: { id: true, status: true } });
    const before = changeVersions();
    if (registration) await prisma.registration.update({ where: { id: registration.id }, data: { status: registration.status } });
    else await prisma.$executeRaw`UPDATE "Registration" SET "status" = "status" WHERE false`;
    await until(() => changeVersions().places > before.places, 1_000);
    await settle();
    expect(changeVersions().programme).toBe(before.programme);
  });

  it("a change rolled back is never announced", async () => {
    const theme = await prisma.theme.findFirstOrThrow({ select: { id: true, name: true } });
    const before = changeVersions();
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.theme.update({ where: { id: theme.id }, data: { name: `${theme.name} (draft)` } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await settle();
    expect(changeVersions()).toEqual(before);
  });

  it("stops being live when its connection is cut, and comes back by itself", async () => {
    const backend = await prisma.$queryRaw<
      Array<{ pid: number }>
    >`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query IN ('LISTEN cpd_week_changes', 'SELECT 1')`;
    expect(backend.length).toBeGreaterThan(0);
    const before = changeVersions();
    await prisma.$executeRawUnsafe(`SELECT pg_terminate_backend(${backend.map((row) => Number(row.pid)).join("), pg_terminate_backend(")})`);
    await until(() => !changeVersions().live);
    // The data cache keeps the programme through an outage.
    expect(changeVersions().programme).toBe(before.programme);
    await until(() => changeVersions().live, 5_000);
    // Whatever was cached may have missed a change while it was away.
    expect(changeVersions().programme).toBeGreaterThan(before.programme);
  });
});

describe("notifications in the embedded database", () => {
  it("reach another connection that LISTENs, as on a server", async () => {
    const database = await startEmbeddedDatabase();
    const listening = new Client({ connectionString: database.url });
    const notifying = new Client({ connectionString: database.url });
    try {
      await listening.connect();
      await notifying.connect();
      const heard: string[] = [];
      listening.on("notification", (message) => heard.push(`${message.channel}:${message.payload}`));
      await listening.query("LISTEN cpd_week_changes");
      await notifying.query("BEGIN");
      await notifying.query("SELECT pg_notify('cpd_week_changes', 'places')");
      await settle();
      expect(heard).toEqual([]);
      await notifying.query("COMMIT");
      await until(() => heard.length > 0);
      expect(heard).toEqual(["cpd_week_changes:places"]);
      // The connection still answers its own queries normally afterwards.
      expect((await listening.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      await listening.end().catch(() => undefined);
      await notifying.end().catch(() => undefined);
      await database.stop();
    }
  });
});
