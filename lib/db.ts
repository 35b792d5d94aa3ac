import "server-only";
import { createPrismaClient, type PrismaClient } from "./prisma-client";
import { env } from "./env";

// One client per process; cached on globalThis so that hot reload in
// development does not open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL);

if (env().NODE_ENV !== "production") globalForPrisma.prisma = prisma;
