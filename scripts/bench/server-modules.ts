// Loading the site's own data functions (lib/programme/…) in the benchmark
// process, to call exactly what a page calls. Those modules import
// "server-only" (which throws outside React Server Components; Vitest aliases
// it to an empty module for the same reason) and the shared client of
// lib/db.ts (created from the site's environment on first use).
import Module, { createRequire } from "node:module";
import path from "node:path";
import type { PrismaClient } from "../../lib/prisma-client";
import { projectRoot } from "../support/project-root";

let prepared = false;

/**
 * Makes "server-only" an empty module in this process and hands lib/db.ts the
 * benchmark's client (lib/db.ts keeps its client on globalThis.prisma and
 * creates one only when none is there). Call before importing a server module.
 */
export function allowServerModules(prisma: PrismaClient): void {
  const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
  if (globalForPrisma.prisma && globalForPrisma.prisma !== prisma) {
    throw new Error("lib/db.ts already has another Prisma client in this process");
  }
  globalForPrisma.prisma = prisma;
  if (prepared) return;
  const require = createRequire(path.join(projectRoot, "package.json"));
  const file = require.resolve("server-only");
  const stub = new Module(file);
  stub.filename = file;
  stub.loaded = true;
  stub.exports = {};
  require.cache[file] = stub;
  prepared = true;
}
