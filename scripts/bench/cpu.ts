// Where the CPU time went during a measurement: the web server, PostgreSQL,
// the load generator (this process) and everything else on the machine. On a
// small machine all of them share the same cores, and "everything else" shows
// whether other work (a test run, a build) disturbed the figures. Per-process
// figures come from /proc (Linux); elsewhere only the machine total is given.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";

type ProcessTimes = Map<number, { comm: string; ppid: number; ms: number }>;

let ticksPerSecond: number | undefined;

function msPerTick(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return 1000 / ticksPerSecond;
}

function readProcesses(): ProcessTimes | undefined {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const scale = msPerTick();
  const times: ProcessTimes = new Map();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // "pid (comm) state ppid … utime stime …": comm may hold spaces and brackets.
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      times.set(Number(pid), { comm, ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * scale });
    } catch {
      // The process ended while the list was read.
    }
  }
  return times;
}

/** CPU time (ms) of the whole machine: every core, every mode except idle and iowait. */
function machineBusyMs(): number {
  return os.cpus().reduce((sum, cpu) => sum + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq, 0);
}

export type CpuUse = {
  cores: number;
  seconds: number;
  /** Average cores busy, by group; "other" is the machine total less the named groups. */
  busy: { server?: number; postgres?: number; loadGenerator?: number; other?: number; total: number };
};

/** Starts counting; the returned function stops and gives the average use over the interval. */
export function watchCpu(serverPid: number | undefined): () => CpuUse {
  const started = performance.now();
  const machineBefore = machineBusyMs();
  const before = readProcesses();
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const machine = machineBusyMs() - machineBefore;
    const after = readProcesses();
    const cores = os.cpus().length;
    const average = (ms: number) => ms / 1000 / seconds;
    if (!before || !after) return { cores, seconds, busy: { total: average(machine) } };

    const serverTree = new Set<number>(serverPid ? [serverPid] : []);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, info] of after) {
        if (!serverTree.has(pid) && serverTree.has(info.ppid)) {
          serverTree.add(pid);
          grew = true;
        }
      }
    }
    const groups = { server: 0, postgres: 0, loadGenerator: 0 };
    for (const [pid, info] of after) {
      const used = info.ms - (before.get(pid)?.ms ?? 0);
      if (used <= 0) continue;
      if (serverTree.has(pid)) groups.server += used;
      else if (pid === process.pid) groups.loadGenerator += used;
      else if (info.comm === "postgres") groups.postgres += used;
    }
    const named = groups.server + groups.postgres + groups.loadGenerator;
    return {
      cores,
      seconds,
      busy: {
        server: average(groups.server),
        postgres: average(groups.postgres),
        loadGenerator: average(groups.loadGenerator),
        other: average(Math.max(0, machine - named)),
        total: average(machine),
      },
    };
  };
}

/** "next start 0.95, PostgreSQL 0.60, load generator 0.25, other 0.10 (1.90 of 2 cores busy)". */
export function describeCpuUse(use: CpuUse): string {
  const { busy } = use;
  const total = `${busy.total.toFixed(2)} of ${use.cores} cores busy`;
  if (busy.server === undefined) return total;
  const parts = [
    `next start ${busy.server.toFixed(2)}`,
    `PostgreSQL ${(busy.postgres ?? 0).toFixed(2)}`,
    `load generator ${(busy.loadGenerator ?? 0).toFixed(2)}`,
    `other ${(busy.other ?? 0).toFixed(2)}`,
  ];
  return `${parts.join(", ")} (${total})`;
}
