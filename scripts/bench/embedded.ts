// The zero-configuration start: `npm start` with no DATABASE_URL, so the
// site runs on the embedded database (PGlite in a folder of its own here,
// migrated and seeded with the demo week), with its default processes. The
// programme is loaded by 50 anonymous visitors, then a static file of the
// same size served by the same server: the target is at least half
// of that ceiling (issue 13). Speed is reported, never asserted.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../support/project-root";
import { freePort, startServer } from "../support/server";
import { describeCpuUse } from "./cpu";
import { ceilingHtml, fetchBody, measure, PAGE_SETTINGS } from "./pages";
import type { BenchContext, Figure, Scenario, ScenarioResult } from "./types";

/** The target for the zero-configuration start. */
export const EMBEDDED_TARGET = { shareOfCeiling: 0.5 };
const CEILING_FILE = "bench-ceiling-embedded.html";
const ceilingPath = path.join(projectRoot, "public", CEILING_FILE);

export const embeddedScenario: Scenario = {
  name: "embedded",
  requiredRoutes: ["/(public)/programme/page"],
  // The server lists public/ once, when it starts: the file must exist before; its size is set once the page is known.
  prepare: async () => {
    await writeFile(ceilingPath, ceilingHtml(0));
    return () => rm(ceilingPath, { force: true });
  },
  run: runEmbedded,
};

async function runEmbedded(context: BenchContext): Promise<ScenarioResult> {
  const { say } = context;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "cpd-week-bench-pglite-"));
  const port = await freePort(Number(new URL(context.baseUrl).port) + 1);
  say(`Starting npm start (no DATABASE_URL: the embedded database in ${dataDir}) on port ${port}…`);
  const started = Date.now();
  const server = await startServer({
    port,
    logFile: path.join(dataDir, "npm-start.log"),
    signal: context.signal,
    command: [process.execPath, "--import", "tsx", path.join(projectRoot, "scripts", "start.ts"), "--no-build"],
    readyTimeoutMs: 180_000,
    env: {
      DATABASE_URL: "",
      EMBEDDED_DATA_DIR: path.join(dataDir, "pglite"),
      NEXTAUTH_SECRET: context.authSecret,
      SITE_URL: "",
      EMAIL_OUTBOX_DIR: path.join(dataDir, "outbox"),
    },
  });
  const startSeconds = (Date.now() - started) / 1000;
  try {
    const page = await fetchBody(server.baseUrl, "/programme");
    if (page.status !== 200) throw new Error(`/programme on npm start answered ${page.status}`);
    await writeFile(ceilingPath, ceilingHtml(page.bytes));
    const ceilingBody = await fetchBody(server.baseUrl, `/${CEILING_FILE}`);
    if (ceilingBody.status !== 200) throw new Error(`The ceiling /${CEILING_FILE} answered ${ceilingBody.status} on npm start`);
    const target = { ...context, baseUrl: server.baseUrl, serverPid: server.pid };
    say(`/programme (${page.bytes} bytes) at ${PAGE_SETTINGS.connections} connections, then its ceiling…`);
    const measured = await measure(target, "/programme");
    const ceiling = await measure(target, `/${CEILING_FILE}`);
    const share = ceiling.perSecond > 0 ? measured.perSecond / ceiling.perSecond : 0;
    const figures: Figure[] = [
      { label: "npm start to healthy (embedded database created, migrated, seeded)", value: `${startSeconds.toFixed(1)} s` },
      {
        label: "Programme: requests/s, share of the ceiling",
        value: `${measured.perSecond.toFixed(1)} of ${ceiling.perSecond.toFixed(1)} = ${(share * 100).toFixed(1)} %`,
        expected: `≥ ${EMBEDDED_TARGET.shareOfCeiling * 100} % (target)`,
        check: { ok: share >= EMBEDDED_TARGET.shareOfCeiling, severity: "warn" },
      },
      {
        label: "Programme: latency p50 / p95 / p99",
        value: `${measured.latency.p50.toFixed(1)} / ${measured.latency.p95.toFixed(1)} / ${measured.latency.p99.toFixed(1)} ms`,
      },
      { label: "Programme: CPU while measuring (cores)", value: describeCpuUse(measured.cpu).replace("next start", "npm start") },
      {
        label: "Failed requests (page, ceiling)",
        value: `${measured.nonOk}, ${ceiling.nonOk}`,
        expected: "0, 0",
        check: { ok: measured.nonOk === 0 && ceiling.nonOk === 0, severity: "fail" },
      },
    ];
    return {
      title: "Zero-configuration start (npm start, embedded database)",
      description: `\`npm start\` with no DATABASE_URL (PGlite in a temporary folder, its default processes), /programme loaded by ${PAGE_SETTINGS.connections} anonymous visitors, against a static file of the same size from the same server.`,
      figures,
    };
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
