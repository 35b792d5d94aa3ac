import "server-only";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

// One client per process, created on first use (not at import, so that
// `next build` can load route modules without a database configured), and
// cached on globalThis so that hot reload in development reuses its pool.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.prisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
