// autocannon (a devDependency without type definitions), typed for what the
// benchmarks use, plus exact latency percentiles. autocannon's own histogram
// has no p95 and keeps only 2xx latencies, so every response's time is kept
// here instead (a few thousand numbers).
import type { EventEmitter } from "node:events";
import { createRequire } from "node:module";
import path from "node:path";
import { projectRoot } from "../support/project-root";

export type HttpRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
};

type RequestSpec = HttpRequest & {
  /** Called before each request is sent; must return the request (a falsy value restarts the sequence). */
  setupRequest?: (request: HttpRequest, context: Record<string, unknown>) => HttpRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
};

type AutocannonOptions = {
  url: string;
  connections: number;
  amount?: number;
  duration?: number;
  /** Seconds to wait for a response before counting a timeout. */
  timeout?: number;
  requests: RequestSpec[];
};

type AutocannonResult = { errors: number; timeouts: number; duration: number };

type AutocannonInstance = EventEmitter & { stop(): void };

type Autocannon = (options: AutocannonOptions, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

const autocannon = createRequire(path.join(projectRoot, "package.json"))("autocannon") as Autocannon;

export function autocannonVersion(): string {
  const manifest = createRequire(path.join(projectRoot, "package.json"))("autocannon/package.json") as { version: string };
  return manifest.version;
}

export type LoadOptions = {
  url: string;
  connections: number;
  /** Total requests, shared out over the connections; or give durationSeconds. */
  amount?: number;
  /** How long to send requests for, when no amount is given. */
  durationSeconds?: number;
  /** Builds each request; called exactly once per request sent, in sending order. */
  nextRequest: () => HttpRequest;
  /**
   * Called for each response with its body and time (ms). Without it bodies
   * are not collected, which keeps the load generator's own work down.
   */
  onResponse?: (status: number, body: string, latencyMs: number) => void;
  signal?: AbortSignal;
  timeoutSeconds?: number;
};

export type LoadRun = {
  /** From the first request sent to the last response, in seconds. */
  wallSeconds: number;
  /** Time of every response, in milliseconds, in arrival order. */
  latencies: number[];
  statusCounts: Map<number, number>;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
};

export function runLoad(options: LoadOptions): Promise<LoadRun> {
  const wantsBodies = options.onResponse !== undefined;
  const latencies: number[] = [];
  const statusCounts = new Map<number, number>();
  // The request's onResponse (which sees the body) and the instance's
  // "response" event (which has the time) fire one after the other in the
  // same synchronous step, so the body is handed across in this variable.
  let lastBody = "";
  const started = performance.now();

  return new Promise<LoadRun>((resolve, reject) => {
    if (options.signal?.aborted) return reject(new Error("Interrupted"));
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.durationSeconds ?? 10 }),
        timeout: options.timeoutSeconds ?? 60,
        requests: [
          {
            setupRequest: (request) => {
              const next = options.nextRequest();
              return { ...request, ...next, headers: { ...request.headers, ...next.headers } };
            },
            // autocannon gathers a body only for a request with onResponse.
            ...(wantsBodies
              ? {
                  onResponse: (_status: number, body: string) => {
                    lastBody = body;
                  },
                }
              : {}),
          },
        ],
      },
      (error, result) => {
        options.signal?.removeEventListener("abort", stop);
        if (error) return reject(error);
        if (options.signal?.aborted) return reject(new Error("Interrupted"));
        resolve({
          wallSeconds: (performance.now() - started) / 1000,
          latencies,
          statusCounts,
          errors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
    const stop = () => instance.stop();
    options.signal?.addEventListener("abort", stop, { once: true });
    instance.on("response", (_client: unknown, status: number, _bytes: number, latencyMs: number) => {
      latencies.push(latencyMs);
      statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
      options.onResponse?.(status, lastBody, latencyMs);
      lastBody = "";
    });
  });
}

export type LatencySummary = { count: number; mean: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentiles of a list of times (ms). */
export function summariseLatencies(latencies: number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
  return {
    count: sorted.length,
    mean: sorted.length ? sorted.reduce((sum, value) => sum + value, 0) / sorted.length : NaN,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
  };
}

/** Responses by class: { "2xx": n, "4xx": n, … }, and the exact codes, e.g. "201 × 3000, 200 × 2". */
export function describeStatuses(statusCounts: Map<number, number>) {
  const byClass = { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0, other: 0 };
  for (const [status, count] of statusCounts) {
    const key = status >= 200 && status < 600 ? (`${Math.floor(status / 100)}xx` as keyof typeof byClass) : "other";
    if (key in byClass) byClass[key] += count;
    else byClass.other += count;
  }
  const codes = [...statusCounts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status} × ${count}`)
    .join(", ");
  return { byClass, codes: codes || "none" };
}
