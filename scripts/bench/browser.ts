// What a person on a council laptop feels (issue 13, section 5): Chromium
// loads `/`, `/programme` and a session page as an anonymous first visit,
// throttled through the DevTools protocol the way Lighthouse throttles its
// mobile "Slow 4G" profile when it applies throttling in the browser
// (Lighthouse's constants: 150 ms round trip and 1.6 Mbit/s down, 750 kbit/s
// up, scaled by its DevTools adjustment factors 3.75 for latency and 0.9 for
// throughput; CPU 4× slower). Reports Largest Contentful Paint, Cumulative
// Layout Shift and Total Blocking Time (the long tasks' time over 50 ms,
// from the first paint until the page has settled), and the bytes sent.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import type { BenchContext, Figure, Scenario, ScenarioResult } from "./types";

const SLOW_4G = {
  latencyMs: 150 * 3.75,
  downloadBytesPerSecond: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadBytesPerSecond: ((750 * 1024) / 8) * 0.9,
  cpuSlowdown: 4,
};
const TARGETS = { lcpMs: 1_500, cls: 0, tbtMs: 100 };
/** Each page is loaded this many times, each in a fresh browser context (nothing cached); the median is reported. */
const LOADS = 3;
/** After the load event, the page is left this long for late work (hydration, late shifts) to show. */
const SETTLE_MS = 3_000;

export const browserScenario: Scenario = {
  name: "browser",
  requiredRoutes: [],
  run: runBrowser,
};

type PageMetrics = { lcpMs: number; cls: number; tbtMs: number; bytes: number };

async function runBrowser(context: BenchContext): Promise<ScenarioResult> {
  const session = await context.prisma.session.findFirst({
    where: { status: "PUBLISHED", event: { status: "PUBLISHED" } },
    orderBy: { startsAt: "desc" },
    select: { slug: true },
  });
  const pages = [
    { label: "Home page", path: "/" },
    { label: "Programme", path: "/programme" },
    { label: "Session page", path: `/sessions/${session?.slug ?? "missing"}` },
  ];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const figures: Figure[] = [];
  try {
    for (const page of pages) {
      if (context.signal.aborted) break;
      // A first load outside the measurement, so that the server's caches are warm (as they are when registration opens).
      await measure(browser, context.baseUrl, page.path, false);
      const runs: PageMetrics[] = [];
      for (let load = 0; load < LOADS; load++) runs.push(await measure(browser, context.baseUrl, page.path, true));
      const median = (pick: (run: PageMetrics) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? NaN;
      const lcp = median((run) => run.lcpMs);
      const cls = median((run) => run.cls);
      const tbt = median((run) => run.tbtMs);
      context.say(`${page.path}: LCP ${lcp.toFixed(0)} ms, CLS ${cls.toFixed(3)}, TBT ${tbt.toFixed(0)} ms`);
      figures.push(
        {
          label: `${page.label}: Largest Contentful Paint (median of ${LOADS})`,
          value: `${lcp.toFixed(0)} ms (${runs.map((run) => run.lcpMs.toFixed(0)).join(", ")})`,
          expected: `≤ ${TARGETS.lcpMs} ms (target)`,
        },
        { label: `${page.label}: Cumulative Layout Shift`, value: cls.toFixed(3), expected: `${TARGETS.cls} (target)` },
        { label: `${page.label}: Total Blocking Time`, value: `${tbt.toFixed(0)} ms`, expected: `≤ ${TARGETS.tbtMs} ms (target)` },
        { label: `${page.label}: bytes received (compressed)`, value: `${(median((run) => run.bytes) / 1000).toFixed(1)} kB` },
      );
    }
  } finally {
    await browser.close();
  }
  return {
    title: "What a visitor feels: Chromium on a throttled connection",
    description:
      `An anonymous first visit in a fresh Chromium context, throttled as Lighthouse's mobile "Slow 4G" (DevTools throttling: ${SLOW_4G.latencyMs} ms latency, ` +
      `${((SLOW_4G.downloadBytesPerSecond * 8) / 1000).toFixed(0)} kbit/s down, ${((SLOW_4G.uploadBytesPerSecond * 8) / 1000).toFixed(0)} kbit/s up, CPU ${SLOW_4G.cpuSlowdown}× slower); ` +
      `each page loaded ${LOADS} times after one warm-up load, median reported. TBT counts long tasks from first paint until ${SETTLE_MS / 1000} s after the load event.`,
    figures,
  };
}

async function measure(browser: Browser, baseUrl: string, path: string, throttled: boolean): Promise<PageMetrics> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    let bytes = 0;
    cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
    });
    if (throttled) {
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: SLOW_4G.latencyMs,
        downloadThroughput: SLOW_4G.downloadBytesPerSecond,
        uploadThroughput: SLOW_4G.uploadBytesPerSecond,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_4G.cpuSlowdown });
    }
    // Observers from the very start of the document, so nothing is missed.
    await page.addInitScript(() => {
      const seen = { lcp: 0, cls: 0, longTasks: [] as Array<{ start: number; duration: number }>, fcp: 0 };
      (window as unknown as { __metrics: typeof seen }).__metrics = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.lcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) seen.cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask", buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") seen.fcp = entry.startTime;
      }).observe({ type: "paint", buffered: true });
    });
    await page.goto(path, { waitUntil: "load", timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    const seen = await page.evaluate(
      () => (window as unknown as { __metrics: { lcp: number; cls: number; fcp: number; longTasks: Array<{ start: number; duration: number }> } }).__metrics,
    );
    const tbtMs = seen.longTasks.filter((task) => task.start >= seen.fcp).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    return { lcpMs: seen.lcp, cls: seen.cls, tbtMs, bytes };
  } finally {
    await context.close();
  }
}
