import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The fuzzing spec gets a server and database of its own: the generated input
// it sends is sometimes valid and writes, and must not disturb other tests.
const fuzzPort = port + 1000;
const fuzzBaseURL = `http://127.0.0.1:${fuzzPort}`;

// Debian's Chromium on our machines (browsers cannot be downloaded here);
// Playwright's own browser on a laptop that has one installed.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  // Each port gets its own results folder, so that runs side by side (on
  // other ports) do not delete each other's traces.
  outputDir: process.env.E2E_PORT ? `test-results-${port}` : "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Long fuzzing runs (FUZZ_RUNS set) report as a list only: the HTML report
  // keeps every step of every test, and with 200 cases per target (over
  // 10,000 requests) building it ran out of string length after the tests had
  // passed, failing the run.
  reporter:
    process.env.CI || process.env.FUZZ_RUNS
      ? [["list"]]
      : [["list"], ["html", { open: "never", outputFolder: process.env.E2E_PORT ? `playwright-report-${port}` : "playwright-report" }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "chromium", testIgnore: /fuzz\.spec\.ts$/, use: { ...devices["Desktop Chrome"] } },
    // No trace for the fuzzer: it would record every one of thousands of
    // generated requests and their answers. A failure prints its
    // counterexample and seed, which replay it.
    { name: "fuzz", testMatch: /fuzz\.spec\.ts$/, use: { ...devices["Desktop Chrome"], baseURL: fuzzBaseURL, trace: "off" } },
  ],
  // The production build, on a fresh database migrated and seeded for this run.
  webServer: [port, fuzzPort].map((serverPort) => ({
    command: `npx tsx tests/e2e/support/start-server.ts`,
    url: `http://127.0.0.1:${serverPort}/api/health`,
    env: { E2E_PORT: String(serverPort) },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
  })),
});
