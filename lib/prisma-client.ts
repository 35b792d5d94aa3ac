import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };

/**
 * How long opening a new database connection may take before it fails.
 * Without it node-postgres waits for ever, so while the database is
 * unreachable (a black-holed network, a stuck proxy) every request would hang
 * instead of showing the error page. 3 s is far above a healthy connect
 * (milliseconds) and below what people and load balancers wait for.
 */
export const CONNECTION_TIMEOUT_MS = 3_000;

/**
 * How long a query may wait for a free connection from a full pool. This is a
 * separate, longer limit: node-postgres applies its one `connectionTimeoutMillis`
 * to both, and 3 s of queueing is reachable in a booking rush on a busy
 * machine (every booking holds a connection while it waits for the session's
 * row lock), which would turn a slow booking into a failed one.
 */
export const POOL_WAIT_TIMEOUT_MS = 20_000;

/** A node-postgres client whose own connect timeout is CONNECTION_TIMEOUT_MS, whatever the pool's. */
class QuickConnectClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({ ...(typeof config === "string" ? { connectionString: config } : config), connectionTimeoutMillis: CONNECTION_TIMEOUT_MS });
  }
}

/** Idle connections are closed after this, so a pool refills with fresh ones after the database returns. */
const IDLE_TIMEOUT_MS = 30_000;

/** A Prisma client on the Rust-free engine, talking to PostgreSQL through node-postgres. */
export function createPrismaClient(databaseUrl: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString: databaseUrl,
      max: options.max ?? 10,
      // The pool's limit is its queue wait; each new connection has its own shorter one.
      connectionTimeoutMillis: POOL_WAIT_TIMEOUT_MS,
      Client: QuickConnectClient,
      idleTimeoutMillis: IDLE_TIMEOUT_MS,
      // Notices a dead peer on an idle connection (a restarted server, a dropped route).
      keepAlive: true,
    },
    {
      // A pooled connection that breaks (the database restarted or went away)
      // is dropped by the pool and replaced on the next query; log it once
      // here rather than letting the error go unhandled.
      onPoolError: (error) => console.error(`Database connection lost: ${error.message}`),
    },
  );
  return new PrismaClient({ adapter });
}
