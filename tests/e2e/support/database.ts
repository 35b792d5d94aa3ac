// The e2e server's database, for browser tests that must check what was or
// was not written (e.g. that a refused admin action changed nothing).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";

export function e2eDatabaseUrlFile(port: string | number = process.env.E2E_PORT ?? 3100): string {
  return path.resolve(".data", `e2e-database-${port}.url`);
}

/** Where the e2e server on `port` copies its error output (written by start-server.ts). */
export function e2eServerErrorLog(port: string | number = process.env.E2E_PORT ?? 3100): string {
  return path.resolve(".data", `e2e-server-errors-${port}.log`);
}

/** Runs one query on the e2e server's database (or the one on `port`, e.g. the fuzzing server's) and returns its rows. */
export async function queryE2eDatabase<Row extends Record<string, unknown>>(sql: string, values: unknown[] = [], port?: string | number): Promise<Row[]> {
  const client = new Client({ connectionString: (await readFile(e2eDatabaseUrlFile(port), "utf8")).trim() });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
