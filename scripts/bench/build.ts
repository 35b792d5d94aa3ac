// The production build that the benchmarks run against (the server on it is
// started by scripts/support/server.ts).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { BUILD_SOURCE_DIRS, BUILD_SOURCE_EXCLUDED } from "../support/build-sources";
import { projectRoot } from "../support/project-root";

export const NEXT_DIR = path.join(projectRoot, ".next");

function nextBin(): string {
  return createRequire(path.join(projectRoot, "package.json")).resolve("next/dist/bin/next");
}

export type BuildDecision = { build: boolean; reason: string };

/**
 * Reuses the existing production build unless asked to build (--build), or
 * there is none, or it lacks a route a scenario needs (it predates that route).
 */
export async function decideBuild(force: boolean, requiredRoutes: string[]): Promise<BuildDecision> {
  if (force) return { build: true, reason: "--build was passed" };
  if (!existsSync(path.join(NEXT_DIR, "BUILD_ID"))) return { build: true, reason: "there is no production build in .next" };
  const manifest = await readFile(path.join(NEXT_DIR, "server", "app-paths-manifest.json"), "utf8")
    .then((text) => JSON.parse(text) as Record<string, string>)
    .catch(() => ({}) as Record<string, string>);
  const missing = requiredRoutes.filter((route) => !(route in manifest));
  if (missing.length) return { build: true, reason: `the build in .next predates ${missing.join(", ")}` };
  return { build: false, reason: "reusing the production build in .next (pass --build to rebuild)" };
}

/** A note when sources changed after the build, since the figures then describe older code. */
export async function staleBuildNote(): Promise<string | undefined> {
  const built = await stat(path.join(NEXT_DIR, "BUILD_ID")).catch(() => undefined);
  if (!built) return undefined;
  const newer: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    if (BUILD_SOURCE_EXCLUDED.has(relative) || newer.length >= 3) return;
    const entries = await readdir(path.join(projectRoot, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile() && (await stat(path.join(projectRoot, child))).mtimeMs > built.mtimeMs) newer.push(child);
      if (newer.length >= 3) return;
    }
  };
  for (const dir of BUILD_SOURCE_DIRS) await walk(dir);
  return newer.length ? `Note: sources changed after this build (e.g. ${newer.join(", ")}); pass --build to measure the current code.` : undefined;
}

/** `next build`, output shown as it goes; throws when it fails. */
export async function build(databaseUrl: string, signal: AbortSignal): Promise<void> {
  const child = spawn(process.execPath, [nextBin(), "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stop = () => child.kill("SIGTERM");
  signal.addEventListener("abort", stop, { once: true });
  const code = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode, exitSignal) => resolve(exitCode ?? (exitSignal ? 1 : 0)));
  }).finally(() => signal.removeEventListener("abort", stop));
  if (signal.aborted) throw new Error("Interrupted");
  if (code !== 0) throw new Error(`next build failed (exit code ${code}); its output is above.`);
}
