// Certificate generation: how long one certificate PDF takes, and what 500 in
// a row cost in time and memory. Runs in the benchmark's own process (the same
// code the download routes call: issueSessionCertificate, then gather and
// render), on the benchmark database: the route adds only a sign-in check and
// the HTTP response around it. Two measurements, each 500 in a row after a
// warm-up: rendering an already issued certificate (what every later download
// does), and issuing and rendering (what the first download does: a
// transaction with a row lock, the snapshot insert, then the PDF). Afterwards
// the database is checked: one certificate per registration, every code unique.
import os from "node:os";
import { issueSessionCertificate } from "../../lib/certificates/issue-certificate";
import { gatherCertificatePdfData, renderCertificatePdf } from "../../lib/certificates/render-certificate-pdf";
import type { Certificate } from "../../lib/generated/prisma/client";
import type { PrismaClient } from "../../lib/prisma-client";
import { summariseLatencies } from "./load";
import type { BenchContext, Figure, Scenario, ScenarioResult } from "./types";

export const CERTIFICATE_SETTINGS = {
  /** Certificates rendered, and issued and rendered, in a row. */
  certificates: 500,
  /** People, each attending every session: people × sessions = certificates issued. */
  people: 100,
  sessions: 5,
  /** Renders before measuring, so that fonts are read and code is compiled. */
  warmup: 20,
  /** How often the resident memory is sampled while measuring. */
  sampleEveryMs: 10,
};

export const certificatesScenario: Scenario = {
  name: "certificates",
  // Runs in the benchmark process against the database: no route of the server is needed.
  requiredRoutes: [],
  run: runCertificates,
};

type Run = { durations: number[]; wallSeconds: number; bytes: number; peakRss: number };

const MB = 1024 * 1024;
/** A 1-minute load average above this (on any machine) means other work was competing for the CPU. */
const QUIET_LOAD = 1;

/**
 * The build and the data setup just before this scenario keep the load average
 * up for a while; wait (at most 2 minutes) for it to fall below QUIET_LOAD so
 * the figures measure rendering, not leftovers. Returns the load when measuring starts.
 */
async function waitForQuiet(say: (message: string) => void, signal: AbortSignal): Promise<number> {
  const deadline = Date.now() + 120_000;
  let [load = 0] = os.loadavg();
  if (load >= QUIET_LOAD) say(`Waiting for the load average (${load.toFixed(2)}) to fall below ${QUIET_LOAD}…`);
  while (load >= QUIET_LOAD && Date.now() < deadline && !signal.aborted) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    [load = 0] = os.loadavg();
  }
  return load;
}

async function runCertificates(context: BenchContext): Promise<ScenarioResult> {
  const { certificates: count, people, sessions, warmup } = CERTIFICATE_SETTINGS;
  if (people * sessions !== count) throw new Error("CERTIFICATE_SETTINGS: people × sessions must equal certificates");
  const { prisma, say, signal, baseUrl } = context;

  say(`Inserting a published week with ${sessions} sessions and ${people} people who attended them all…`);
  const { eventId, registrations } = await createAttendance(prisma, people, sessions);
  const [firstRegistration] = registrations;
  if (!firstRegistration) throw new Error("No registrations were made");

  say(`Warming up: ${warmup} renders…`);
  const sample = await issueSessionCertificate(prisma, { id: firstRegistration.userId }, { registrationId: firstRegistration.id });
  for (let index = 0; index < warmup; index++) await render(sample, baseUrl);
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const loadBefore = await waitForQuiet(say, signal);

  say(`Measuring: ${count} renders of an issued certificate in a row…`);
  const renderOnly = await measure(count, signal, () => render(sample, baseUrl));

  say(`Measuring: ${count} certificates issued and rendered in a row…`);
  let index = 0;
  const issueAndRender = await measure(count, signal, async () => {
    const registration = registrations[index++]!;
    const certificate = await issueSessionCertificate(prisma, { id: registration.userId }, { registrationId: registration.id });
    return render(certificate, baseUrl);
  });

  say("Checking the database…");
  const issued = await prisma.certificate.count({ where: { eventId } });
  const distinctCodes = (await prisma.certificate.groupBy({ by: ["code"], where: { eventId } })).length;
  const again = await issueSessionCertificate(prisma, { id: firstRegistration.userId }, { registrationId: firstRegistration.id });
  return report({ renderOnly, issueAndRender, rssBefore, loadBefore, issued, distinctCodes, reused: again.id === sample.id });
}

async function render(certificate: Certificate, siteUrl: string): Promise<number> {
  const pdf = await renderCertificatePdf(gatherCertificatePdfData(certificate, siteUrl));
  return pdf.length;
}

/** Runs `step` n times one after another, timing each and sampling the resident memory throughout. */
async function measure(times: number, signal: AbortSignal, step: () => Promise<number>): Promise<Run> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, CERTIFICATE_SETTINGS.sampleEveryMs);
  const durations: number[] = [];
  let bytes = 0;
  const started = performance.now();
  try {
    for (let index = 0; index < times; index++) {
      if (signal.aborted) throw new Error("Interrupted");
      const before = performance.now();
      bytes += await step();
      durations.push(performance.now() - before);
      // Between steps too: a sample can miss a peak that lasts less than the interval.
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  } finally {
    clearInterval(sampler);
  }
  return { durations, wallSeconds: (performance.now() - started) / 1000, bytes, peakRss };
}

async function createAttendance(prisma: PrismaClient, people: number, sessionCount: number) {
  const stamp = Date.now().toString(36);
  const event = await prisma.event.create({
    data: {
      slug: `certificate-benchmark-${stamp}`,
      title: "Certificate benchmark week",
      summary: "Sessions attended by many people, for timing certificates.",
      startDate: new Date("2031-03-17"),
      endDate: new Date("2031-03-21"),
      organiserName: "Cyngor Gofal Cymdeithasol",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
    select: { id: true },
  });
  const sessions = await prisma.session.createManyAndReturn({
    data: Array.from({ length: sessionCount }, (_, index) => ({
      eventId: event.id,
      slug: `certificate-benchmark-${stamp}-${index + 1}`,
      title: `Strengths-based supervision and reflective practice in child and family social work, part ${index + 1}`,
      summary: "Benchmark session",
      description: "Benchmark session",
      startsAt: new Date(Date.UTC(2031, 2, 17 + index, 10, 0)),
      endsAt: new Date(Date.UTC(2031, 2, 17 + index, 11, 30)),
      format: "ONLINE" as const,
      status: "PUBLISHED" as const,
    })),
    select: { id: true },
  });
  const users = await prisma.user.createManyAndReturn({
    data: Array.from({ length: people }, (_, index) => ({
      email: `certificate-${stamp}-${index + 1}@bench.cpdweek.test`,
      name: `Siân Llŷr-Ówen ${index + 1}`,
      regulator: "SOCIAL_CARE_WALES" as const,
      registrationNumber: `W${String(100000 + index)}`,
    })),
    select: { id: true },
  });
  const registrations = await prisma.registration.createManyAndReturn({
    data: users.flatMap((user) =>
      sessions.map((session) => ({ userId: user.id, sessionId: session.id, status: "CONFIRMED" as const, attendance: "ATTENDED" as const })),
    ),
    select: { id: true, userId: true },
  });
  return { eventId: event.id, registrations };
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function report(input: {
  renderOnly: Run;
  issueAndRender: Run;
  rssBefore: number;
  loadBefore: number;
  issued: number;
  distinctCodes: number;
  reused: boolean;
}): ScenarioResult {
  const { certificates: count } = CERTIFICATE_SETTINGS;
  const { renderOnly, issueAndRender } = input;
  const render = summariseLatencies(renderOnly.durations);
  const issue = summariseLatencies(issueAndRender.durations);
  const expectedIssued = count; // the warm-up's certificate is the first registration's, reissued in the run
  const figures: Figure[] = [
    { label: "Render only: PDFs per second", value: (count / renderOnly.wallSeconds).toFixed(1) },
    { label: `Render only: time for ${count} in a row`, value: `${renderOnly.wallSeconds.toFixed(2)} s` },
    { label: "Render only: per PDF mean / p50 / p95 / max", value: `${ms(render.mean)} / ${ms(render.p50)} / ${ms(render.p95)} / ${ms(render.max)}` },
    { label: "Issue and render: PDFs per second", value: (count / issueAndRender.wallSeconds).toFixed(1) },
    { label: `Issue and render: time for ${count} in a row`, value: `${issueAndRender.wallSeconds.toFixed(2)} s` },
    { label: "Issue and render: per PDF mean / p50 / p95 / max", value: `${ms(issue.mean)} / ${ms(issue.p50)} / ${ms(issue.p95)} / ${ms(issue.max)}` },
    {
      label: "Load average before measuring (1 min)",
      value: input.loadBefore.toFixed(2),
      // Not a speed target: other work on the machine slows rendering, which is all CPU.
      expected: `< ${QUIET_LOAD}`,
      check: { ok: input.loadBefore < QUIET_LOAD, severity: "warn" },
    },
    { label: "PDF size (average)", value: `${(renderOnly.bytes / count / 1024).toFixed(1)} KiB` },
    { label: "Memory (RSS) before measuring", value: `${(input.rssBefore / MB).toFixed(0)} MiB` },
    {
      label: "Memory (RSS) peak, render only / issue and render",
      value: `${(renderOnly.peakRss / MB).toFixed(0)} / ${(issueAndRender.peakRss / MB).toFixed(0)} MiB`,
    },
    {
      label: "Certificates in the database",
      value: String(input.issued),
      expected: String(expectedIssued),
      check: { ok: input.issued === expectedIssued, severity: "fail" },
    },
    {
      label: "Distinct codes",
      value: String(input.distinctCodes),
      expected: String(expectedIssued),
      check: { ok: input.distinctCodes === input.issued, severity: "fail" },
    },
    { label: "Download again gives the same certificate", value: input.reused ? "yes" : "no", expected: "yes", check: { ok: input.reused, severity: "fail" } },
  ];
  return {
    title: "Certificate generation",
    description:
      `${count} session certificates (A4, DejaVu fonts embedded, QR code) rendered one after another in the benchmark's process, ` +
      `then ${count} issued and rendered (a transaction with a row lock and the snapshot insert, then the PDF), as the first download does.`,
    figures,
  };
}
