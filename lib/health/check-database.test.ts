import net from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../prisma-client";
import { checkDatabase } from "./check-database";
import { healthReport } from "./health-report";

/** A TCP server on a free port that accepts connections and never answers: a hung database. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: a database that is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

function atPort(databaseUrl: string, port: number) {
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return url.toString();
}

describe("checkDatabase", () => {
  let up: PrismaClient;
  let down: PrismaClient;
  let hung: PrismaClient;
  let silent: Awaited<ReturnType<typeof silentServer>>;

  beforeAll(async () => {
    silent = await silentServer();
    up = createPrismaClient(inject("databaseUrl"), { max: 1 });
    down = createPrismaClient(atPort(inject("databaseUrl"), await closedPort()), { max: 1 });
    // The pool would give up after its own connection timeout; the check must answer sooner.
    hung = createPrismaClient(atPort(inject("databaseUrl"), silent.port), { max: 1 });
  });

  afterAll(async () => {
    await Promise.all([up.$disconnect(), down.$disconnect(), hung.$disconnect().catch(() => undefined)]);
    await silent.close();
  });

  it("is ok when the database answers", async () => {
    const result = await checkDatabase(up);
    expect(result.ok).toBe(true);
  });

  it("reports an unreachable database at once", async () => {
    const started = Date.now();
    expect(await checkDatabase(down)).toEqual({ ok: false, reason: "unreachable" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("gives up on a database that does not answer within the timeout", async () => {
    const started = Date.now();
    expect(await checkDatabase(hung, 300)).toEqual({ ok: false, reason: "timeout" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

describe("healthReport", () => {
  it("answers 200 with the status, the database and whole seconds of uptime", () => {
    expect(healthReport({ ok: true, latencyMs: 3 }, 12.7)).toEqual({
      status: 200,
      body: { status: "ok", database: "ok", uptime: 12 },
    });
  });

  it("answers 503 and says why when the database is down or hung", () => {
    expect(healthReport({ ok: false, reason: "unreachable" }, 5)).toEqual({
      status: 503,
      body: { status: "unavailable", database: "unreachable", uptime: 5 },
    });
    expect(healthReport({ ok: false, reason: "timeout" }, 5).body.database).toBe("timeout");
  });
});
