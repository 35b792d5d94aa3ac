// The machine a run happened on, printed and recorded beside the figures:
// they mean little without it.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "../../lib/prisma-client";
import { projectRoot } from "../support/project-root";
import { autocannonVersion } from "./load";

export type MachineFacts = Array<{ label: string; value: string }>;

const GIB = 1024 ** 3;

export async function describeMachine(prisma: PrismaClient): Promise<MachineFacts> {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((cpu) => cpu.model.replace(/\s+/g, " ").trim()))];
  const [postgres] = await prisma.$queryRaw<Array<{ server_version: string }>>`SHOW server_version`;
  return [
    { label: "CPU", value: `${models.join(" + ") || "unknown"} (${cpus.length} logical cores${cpus[0]?.speed ? `, ${cpus[0].speed} MHz` : ""})` },
    { label: "Memory", value: `${(os.totalmem() / GIB).toFixed(1)} GiB (${(os.freemem() / GIB).toFixed(1)} GiB free at the start)` },
    { label: "OS", value: `${os.type()} ${os.release()} ${os.arch()}` },
    { label: "Node.js", value: process.version },
    { label: "PostgreSQL", value: postgres?.server_version ?? "unknown" },
    { label: "Next.js / autocannon", value: `${packageVersion("next")} / ${autocannonVersion()}` },
    { label: "Code", value: gitDescription() },
  ];
}

function packageVersion(name: string): string {
  try {
    return (createRequire(path.join(projectRoot, "package.json"))(`${name}/package.json`) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

function gitDescription(): string {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    const commit = git("rev-parse", "--short", "HEAD");
    const dirty = git("status", "--porcelain", "--untracked-files=no", "--", ".").length > 0 || git("ls-files", "--others", "--exclude-standard").length > 0;
    return `commit ${commit}${dirty ? " with uncommitted changes" : ""}`;
  } catch {
    return "not a git checkout";
  }
}
