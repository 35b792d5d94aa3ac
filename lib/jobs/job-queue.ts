import { randomUUID } from "node:crypto";
import { Logger, runMigrations, type LogLevel } from "graphile-worker";
import pg from "pg";
import type { Prisma } from "../generated/prisma/client";

// The job queue is Graphile Worker (ADR 0011): jobs are rows in PostgreSQL,
// in its own schema `graphile_worker`, so a job is added in the same
// transaction as the change that causes it and is as durable as that change.

export const JOB_QUEUE_SCHEMA = "graphile_worker";

/** Graphile Worker's own messages: warnings and errors only (it logs every job at info). */
export const jobQueueLogger = new Logger((scope) => (level: LogLevel, message: string, meta?: unknown) => {
  if (level !== "error" && level !== "warning") return;
  const where = scope.label ? ` [${scope.label}${scope.workerId ? ` ${scope.workerId}` : ""}]` : "";
  console.error(`Job queue${where}: ${message}`, ...(meta && Object.keys(meta).length ? [meta] : []));
});

/**
 * Whether the database is the embedded one (PGlite). It is one PostgreSQL
 * session shared by every connection, so named prepared statements (which
 * Graphile Worker uses by default) would collide between connections, and
 * advisory locks say nothing about which connection holds them.
 */
export async function isEmbeddedDatabase(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return /\bPGlite\b/.test(rows[0]?.version ?? "");
  } finally {
    await client.end();
  }
}

/** Installs or updates Graphile Worker's schema; called after our own migrations. Safe to run again. */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({
    connectionString: databaseUrl,
    schema: JOB_QUEUE_SCHEMA,
    logger: jobQueueLogger,
    noPreparedStatements: await isEmbeddedDatabase(databaseUrl),
  });
}

/**
 * Queues one email job inside the caller's transaction, keyed by a fresh
 * email id (the job's key and the email's Message-ID), so a job retried or run
 * twice sends one email. Registration emails, many at a time, have their own
 * (queueRegistrationEmails); this is for the one-off ones.
 */
export async function queueEmailJob<Payload extends Record<string, unknown>>(
  tx: Prisma.TransactionClient,
  task: string,
  payload: Payload,
  maxAttempts: number,
): Promise<void> {
  const job = { emailId: randomUUID(), ...payload };
  await tx.$queryRawUnsafe(
    `SELECT id FROM ${JOB_QUEUE_SCHEMA}.add_job($1::text, $2::json, max_attempts => $3::int, job_key => $4::text)`,
    task,
    JSON.stringify(job),
    maxAttempts,
    job.emailId,
  );
}
