// A fresh database for one run: the Vitest and Playwright global setups, the
// benchmarks and the fault drills each make their own.
// On a real server (TEST_DATABASE_ADMIN_URL, else DATABASE_URL) it creates
// `cpd_test_<timestamp>_<random>` and drops it afterwards; without one it
// starts an in-memory embedded PostgreSQL (PGlite) and stops it afterwards.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDemoWeek } from "../../prisma/seed/seed-demo-week";
import { startEmbeddedDatabase } from "./embedded-database";
import { applyMigrations } from "./schema-engine";

export type TestDatabase = {
  /** postgresql:// URL of the new, migrated database. */
  url: string;
  /** "server": a database created on a real server; "embedded": an in-memory PGlite. */
  kind: "server" | "embedded";
  /** Drops the database (or stops the embedded one). Safe to call twice. */
  drop(): Promise<void>;
};

const PREFIX = "cpd_test_";
/** Databases of this prefix older than this are leftovers of runs that crashed: removed on the next run. */
const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL || process.env.DATABASE_URL;
  const database = adminUrl ? await createServerDatabase(adminUrl) : await createEmbeddedDatabase();
  try {
    await applyMigrationsPatiently(database.url);
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
  return database;
}

/** Applies the migrations (a no-op when they are already applied) and seeds the demo week. */
export async function migrateAndSeed(url: string): Promise<void> {
  await applyMigrationsPatiently(url);
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    await seedDemoWeek(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * Prisma's schema engine takes one PostgreSQL advisory lock for the whole
 * server while it migrates, and gives up after 10 s. Test runs migrate several
 * fresh databases at once (Vitest, the e2e server, the fuzzing server, the
 * drills), so waiting for that lock is expected: try again a few times.
 */
async function applyMigrationsPatiently(url: string, attempts = 6): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await applyMigrations(url);
      return;
    } catch (error) {
      if (attempt >= attempts || !String(error).includes("advisory lock")) throw error;
      console.warn(`Another run is migrating on this server; trying again (${attempt}/${attempts - 1})…`);
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
    }
  }
}

/** The same server URL with another database name; user, password, host and query options kept. */
export function withDatabaseName(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function createServerDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `${PREFIX}${Date.now()}_${randomBytes(4).toString("hex")}`;
  await withAdminClient(adminUrl, async (client) => {
    await dropLeftovers(client);
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  });
  let dropped: Promise<void> | undefined;
  return {
    url: withDatabaseName(adminUrl, name),
    kind: "server",
    drop() {
      dropped ??= withAdminClient(adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      });
      return dropped;
    },
  };
}

async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const embedded = await startEmbeddedDatabase();
  return { url: embedded.url, kind: "embedded", drop: () => embedded.stop() };
}

async function withAdminClient<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Could not connect to the PostgreSQL server for test databases (${describeServer(adminUrl)}): ` +
        `${error instanceof Error ? error.message : String(error)}. ` +
        "Start the server, or unset TEST_DATABASE_ADMIN_URL and DATABASE_URL to test on an embedded database.",
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drops cpd_test_ databases left by runs that crashed a day or more ago; recent ones may belong to a running suite. */
async function dropLeftovers(client: Client) {
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'cpd\\_test\\_%'");
  for (const { datname } of rows) {
    const createdAt = Number(/^cpd_test_(\d+)_/.exec(datname)?.[1]);
    if (!Number.isFinite(createdAt) || Date.now() - createdAt < LEFTOVER_AGE_MS) continue;
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(datname)} WITH (FORCE)`).catch(() => undefined);
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** host:port/database, never the password. */
function describeServer(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "an unparseable URL";
  }
}
