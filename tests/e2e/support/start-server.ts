// Started by Playwright: a fresh database (on DATABASE_URL's server, or an
// embedded one), migrated and seeded, then our web server (scripts/serve.ts)
// on it. Dropped on exit.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { serveCommand } from "../../../scripts/serve-command";
import { createTestDatabase, migrateAndSeed } from "../../../scripts/support/fresh-database";
import { e2eDatabaseUrlFile, e2eServerErrorLog } from "./database";
import { e2eOutboxDir } from "./outbox";

async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  await rm(e2eOutboxDir(port), { recursive: true, force: true });
  const database = await createTestDatabase();
  await migrateAndSeed(database.url);
  // Browser tests that must check what was (not) written read the database directly.
  await mkdir(path.dirname(e2eDatabaseUrlFile(port)), { recursive: true });
  await writeFile(e2eDatabaseUrlFile(port), database.url);
  const [node = process.execPath, ...args] = serveCommand(port);
  const next = spawn(node, args, {
    stdio: ["inherit", "inherit", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      // Emails land as files that the browser tests read (see outbox.ts).
      EMAIL_OUTBOX_DIR: e2eOutboxDir(port),
      SMTP_URL: "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  // The server's error output goes to the test report as before and to a file,
  // so that a spec can prove that no request made the server log an error
  // (Next.js answers some failures, e.g. in generateMetadata, with a 404 and
  // only the log shows that something threw).
  const errorLog = createWriteStream(e2eServerErrorLog(port), { flags: "w" });
  next.stderr.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    errorLog.write(chunk);
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null) {
      next.kill("SIGTERM");
      await new Promise((resolve) => next.once("exit", resolve));
    }
    await rm(e2eDatabaseUrlFile(port), { force: true });
    await database.drop().catch((error: unknown) => console.error("Could not drop the e2e database:", error));
    process.exit(code);
  };
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
