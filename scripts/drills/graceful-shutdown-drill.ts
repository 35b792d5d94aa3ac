// Drill 3: SIGTERM while requests are in flight. Every request already
// accepted gets its normal answer, new connections are refused at once, and
// the process exits by itself within a few seconds.
import http from "node:http";
import path from "node:path";
import { startServer } from "../support/server";
import { check, createBookableSession, createPeople, request, sleep, drillServer, table, throughPort, type Answer, type Check } from "./harness";
import type { DrillContext } from "./sigkill-drill";
import { startTcpProxy } from "./tcp-proxy";

export const SHUTDOWN_SETTINGS = {
  programmeRequests: 12,
  bookings: 8,
  /**
   * Added to every packet each way between the server and the database, so
   * that requests are still running when SIGTERM arrives. Programme pages come
   * from the page cache without the database, and a booking makes two round
   * trips (lib/registration/booking-request.ts): at 200 ms each way it takes
   * at least 800 ms, well past the signal.
   */
  databaseLatencyMs: 200,
  /** SIGTERM this long after the requests were sent (and once the server has read them all, see below). */
  signalAfterMs: 500,
  /** New connections are tried this often after SIGTERM, until one is refused. */
  probeEveryMs: 100,
  /**
   * The process must have exited this long after its last in-flight answer:
   * Node's keep-alive timeout (5 s) closes connections that were busy when the
   * server closed and idle only afterwards, then Next exits.
   */
  exitAfterLastAnswerMs: 7_000,
  /** Give up waiting for the exit (and fail) this long after SIGTERM. */
  exitWithinMs: 30_000,
};

export type ShutdownTarget = {
  /** How the site is started: our web server itself (scripts/serve.ts), or `npm start` (scripts/start.ts, which runs it). */
  label: "web server" | "npm start";
  /** The exit code that means "stopped as asked": 0 for both. */
  expectedExitCode: number;
};

export async function gracefulShutdownDrill(
  context: DrillContext & { databaseUrl: string; proxyPort: number },
  target: ShutdownTarget,
): Promise<{ checks: Check[]; report: string }> {
  const { programmeRequests, bookings, databaseLatencyMs, signalAfterMs, probeEveryMs, exitAfterLastAnswerMs, exitWithinMs } = SHUTDOWN_SETTINGS;
  const { prisma, say } = context;
  const database = new URL(context.databaseUrl);
  const proxy = await startTcpProxy({ port: context.proxyPort, target: { host: database.hostname, port: Number(database.port || 5432) } });
  // Browsers keep connections open between requests; the server must not wait for idle ones.
  const agent = new http.Agent({ keepAlive: true });
  try {
    const label = target.label === "npm start" ? "shutdown-npm" : "shutdown-server";
    const { sessionId, sessionSlug } = await createBookableSession(prisma, label, bookings);
    const people = await createPeople(prisma, context.secret, label, bookings);
    const env = { ...context.env, DATABASE_URL: throughPort(context.databaseUrl, proxy.port) };
    const tsx = path.join("node_modules", ".bin", "tsx");
    const server = await startServer({
      ...drillServer,
      port: context.port,
      env: target.label === "npm start" ? { ...env, SKIP_BUILD: "1", HOST: "127.0.0.1" } : env,
      logFile: path.join(context.workDir, `${label}-server.log`),
      // What `npm start` runs, without npm in between (npm would only pass the signal on).
      command: target.label === "npm start" ? [tsx, "scripts/start.ts", "--no-build"] : undefined,
    });

    // Warm: the first requests load the routes' code, which would hold up accepting the measured ones.
    for (const warmPath of ["/programme", "/programme", `/sessions/${sessionSlug}`]) await request(server.baseUrl, warmPath);
    say(`Graceful shutdown drill (${target.label}): ${programmeRequests} programme pages and ${bookings} bookings in flight, then SIGTERM…`);
    proxy.setLatency(databaseLatencyMs);
    // Bookings first: they queue on the session's row lock and so run longest.
    const inFlight: Array<{ kind: "programme" | "booking"; answer: Promise<Answer> }> = [
      ...people.map((person) => ({
        kind: "booking" as const,
        answer: request(server.baseUrl, `/api/sessions/${sessionId}/registrations`, {
          method: "POST",
          cookie: person.cookie,
          agent,
          timeoutMs: 30_000,
        }),
      })),
      ...Array.from({ length: programmeRequests }, () => ({
        kind: "programme" as const,
        answer: request(server.baseUrl, "/programme", { agent, timeoutMs: 30_000 }),
      })),
    ];
    await sleep(signalAfterMs);
    // A connection whose request the server has not read yet counts as idle, and
    // closing the server drops it; on a busy machine the server may not have
    // read them all yet. A static file sent after them and answered means it
    // has: the server reads every readable connection each time round its loop.
    await request(server.baseUrl, "/favicon.svg", { timeoutMs: 20_000 });
    const signalledAt = Date.now();
    server.signal("SIGTERM");
    // New visitors: tried until one is refused (the signal is handled once the server's event loop gets to it).
    const probes: Answer[] = [];
    let refusedAt: number | undefined;
    const probing = (async () => {
      while (server.alive() && refusedAt === undefined && Date.now() - signalledAt < exitWithinMs) {
        await sleep(probeEveryMs);
        const probe = await request(server.baseUrl, "/api/health", { timeoutMs: 5_000 });
        probes.push(probe);
        if (probe.status === "no answer" && probe.error.startsWith("ECONNREFUSED")) refusedAt = probe.startedAt;
      }
    })();
    const answers = await Promise.all(inFlight.map(async (item) => ({ kind: item.kind, answer: await item.answer })));
    await probing;
    const exitCode = await Promise.race([server.exited, sleep(exitWithinMs).then(() => "still running" as const)]);
    const exitedAt = Date.now();
    const exitMs = exitedAt - signalledAt;

    const normal = answers.filter(({ kind, answer }) =>
      kind === "programme" ? answer.status === 200 && answer.body.trimEnd().endsWith("</html>") : answer.status === 201,
    );
    const finishedAfterSignal = answers.filter(({ answer }) => answer.endedAt > signalledAt).length;
    const lastAnswerAt = Math.max(...answers.map(({ answer }) => answer.endedAt));
    const booked = await prisma.registration.count({ where: { sessionId, status: "CONFIRMED" } });
    const refusedWhileDraining = refusedAt !== undefined && refusedAt < lastAnswerAt;

    const checks: Check[] = [
      check(
        `${target.label}: requests were in flight at SIGTERM`,
        finishedAfterSignal > 0,
        `${finishedAfterSignal} of ${answers.length} answered after the signal`,
      ),
      check(
        `${target.label}: every in-flight request got its normal answer`,
        normal.length === answers.length,
        `${normal.length} of ${answers.length}${normal.length === answers.length ? "" : `; e.g. ${firstOdd(answers, normal)}`}`,
      ),
      check(`${target.label}: the bookings are in the database`, booked === bookings, `${booked} of ${bookings}`),
      check(
        `${target.label}: new connections refused while in-flight requests finish`,
        refusedWhileDraining,
        refusedAt === undefined
          ? `never refused (${probes.map(describeProbe).join(", ")})`
          : `refused at +${((refusedAt - signalledAt) / 1000).toFixed(1)} s, last in-flight answer at +${((lastAnswerAt - signalledAt) / 1000).toFixed(1)} s`,
      ),
      check(
        `${target.label}: exits by itself with code ${target.expectedExitCode}, within ${exitAfterLastAnswerMs / 1000} s of its last answer`,
        exitCode === target.expectedExitCode && exitedAt - lastAnswerAt <= exitAfterLastAnswerMs,
        exitCode === "still running"
          ? `still running ${exitWithinMs / 1000} s after SIGTERM`
          : `exit code ${exitCode} at +${(exitMs / 1000).toFixed(1)} s, ${((exitedAt - lastAnswerAt) / 1000).toFixed(1)} s after its last answer`,
      ),
    ];
    const row = (kind: "programme" | "booking") => {
      const mine = answers.filter((item) => item.kind === kind);
      return [
        `${target.label}: ${kind}`,
        mine.length,
        mine.filter((item) => item.answer.endedAt > signalledAt).length,
        mine.filter((item) => normal.includes(item)).length,
        `${(Math.max(...mine.map((item) => item.answer.ms)) / 1000).toFixed(1)} s`,
      ];
    };
    const report = [
      table(["requests", "sent", "answered after SIGTERM", "normal answer", "slowest"], [row("programme"), row("booking")]),
      "",
      table(
        [`after SIGTERM (${target.label})`, "value"],
        [
          ["new connections", `${probes.map(describeProbe).join(", ")}`],
          ["last in-flight answer", `+${((lastAnswerAt - signalledAt) / 1000).toFixed(1)} s`],
          ["process exit", exitCode === "still running" ? "still running" : `code ${exitCode} at +${(exitMs / 1000).toFixed(1)} s`],
        ],
      ),
    ].join("\n");
    return { checks, report };
  } finally {
    agent.destroy();
    await proxy.close();
  }
}

function describeProbe(probe: Answer): string {
  return probe.status === "no answer" ? (probe.error.split(" ")[0] ?? probe.error) : String(probe.status);
}

function firstOdd(all: Array<{ kind: string; answer: Answer }>, normal: Array<{ kind: string; answer: Answer }>): string {
  const odd = all.find((item) => !normal.includes(item));
  if (!odd) return "";
  return odd.answer.status === "no answer" ? `${odd.kind}: ${odd.answer.error}` : `${odd.kind}: ${odd.answer.status} ${odd.answer.body.slice(0, 100)}`;
}
