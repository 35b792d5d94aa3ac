// npm run drills: the fault drills (issue 6, "surviving faults") against the
// production build, on a fresh database that is dropped afterwards.
//
//   npm run drills                        all of them
//   npm run drills -- sigkill outage      some: sigkill, outage, shutdown, instances
//
// Settings: DATABASE_URL (a PostgreSQL server, required: the drills kill
// connections and servers, which the embedded database cannot play), the
// production build in .next (or NEXT_DIST_DIR), DRILL_PORT (default 3191: the
// site listens there and the database proxy on the next port), Chromium as for
// Playwright (CHROMIUM_PATH, else /usr/bin/chromium). Prints a table per drill
// and exits 1 when any check fails; servers, proxies, the browser and the
// database are removed however it ends.
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "../../lib/prisma-client";
import { createTestDatabase, migrateAndSeed } from "../support/fresh-database";
import { projectRoot } from "../support/project-root";
import { databaseOutageDrill } from "./database-outage-drill";
import { gracefulShutdownDrill } from "./graceful-shutdown-drill";
import { cleanupMark, describe, newSecret, onCleanup, runCleanups, tempDir, type Check } from "./harness";
import { sigkillDrill, type DrillContext } from "./sigkill-drill";
import { twoInstancesDrill } from "./two-instances-drill";

const DRILLS = ["sigkill", "outage", "shutdown", "instances"] as const;
type DrillName = (typeof DRILLS)[number];

const runStarted = Date.now();

function say(message: string) {
  console.log(`[drills ${((Date.now() - runStarted) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

async function main(args: string[]): Promise<number> {
  const unknown = args.filter((arg) => !DRILLS.includes(arg as DrillName));
  if (unknown.length) throw new Error(`Unknown drill: ${unknown.join(", ")}. Choose from ${DRILLS.join(", ")}.`);
  const chosen = args.length ? (args as DrillName[]) : [...DRILLS];
  if (!process.env.TEST_DATABASE_ADMIN_URL && !process.env.DATABASE_URL) {
    throw new Error("The fault drills need a PostgreSQL server: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres).");
  }
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(projectRoot, distDir, "BUILD_ID"))) {
    throw new Error(`There is no production build in ${distDir}: run \`npx next build\` first.`);
  }
  const port = Number(process.env.DRILL_PORT || 3191);

  const started = Date.now();
  const database = await createTestDatabase();
  onCleanup(() => database.drop());
  if (database.kind !== "server") throw new Error("The fault drills need a PostgreSQL server, not the embedded database.");
  await migrateAndSeed(database.url);
  const prisma = createPrismaClient(database.url, { max: 4 });
  onCleanup(() => prisma.$disconnect());
  const workDir = await tempDir("run");
  const secret = newSecret();
  const siteUrl = `http://127.0.0.1:${port}`;
  const context: DrillContext & { databaseUrl: string; proxyPort: number } = {
    prisma,
    secret,
    port,
    databaseUrl: database.url,
    proxyPort: port + 1,
    workDir,
    say,
    env: {
      DATABASE_URL: database.url,
      SITE_URL: siteUrl,
      NEXTAUTH_URL: siteUrl,
      NEXTAUTH_SECRET: secret,
      EMAIL_OUTBOX_DIR: path.join(workDir, "outbox"),
      SMTP_URL: "",
    },
  };

  const failures: Check[] = [];
  const runs: Record<DrillName, () => Promise<Array<{ checks: Check[]; report: string }>>> = {
    sigkill: async () => [await sigkillDrill(context)],
    outage: async () => [await databaseOutageDrill(context)],
    shutdown: async () => [
      await gracefulShutdownDrill(context, { label: "web server", expectedExitCode: 0 }),
      await gracefulShutdownDrill(context, { label: "npm start", expectedExitCode: 0 }),
    ],
    instances: async () => [await twoInstancesDrill(context)],
  };
  for (const name of chosen) {
    const mark = cleanupMark();
    const drillStarted = Date.now();
    try {
      for (const { checks, report } of await runs[name]()) {
        console.log(`\n${report}\n`);
        for (const item of checks) {
          console.log(`  ${item.ok ? "ok  " : "FAIL"}  ${item.name}: ${item.detail}`);
          if (!item.ok) failures.push(item);
        }
      }
    } catch (error) {
      console.error(`\n[drills] The ${name} drill could not finish: ${describe(error)}`);
      failures.push({ name, ok: false, detail: describe(error) });
    } finally {
      await runCleanups(mark); // its servers and proxies, before the next drill takes the ports
    }
    say(`${name} drill took ${((Date.now() - drillStarted) / 1000).toFixed(1)} s`);
  }
  if (failures.length) {
    // The servers' own output, before the cleanup removes it.
    for (const file of (await readdir(workDir)).filter((name) => name.endsWith(".log"))) {
      const lines = (await readFile(path.join(workDir, file), "utf8")).trimEnd().split("\n");
      console.log(`\n--- last lines of ${file} ---\n${lines.slice(-25).join("\n")}`);
    }
  }
  say(
    failures.length
      ? `${failures.length} check(s) failed (${((Date.now() - started) / 1000).toFixed(0)} s).`
      : `All checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
  return failures.length ? 1 : 0;
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    say(`${signal}: cleaning up…`);
    void runCleanups().finally(() => process.exit(130));
  });
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    console.error(`\n[drills] ${describe(error)}`);
    return 1;
  })
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  });
