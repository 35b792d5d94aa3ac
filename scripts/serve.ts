// The production web server: Next.js's own request handler behind a plain
// Node.js HTTP server of ours, so that every request carries the client's
// real address (from the socket, or from X-Forwarded-For only when a proxy
// named in TRUSTED_PROXIES sent it). `next start` offers no way to know it:
// see docs/decisions/0007-client-address-and-sign-in-limits.md.
//
//   node --import tsx scripts/serve.ts [-p PORT] [-H HOST]     (npm run serve)
//
// It stops gracefully on SIGTERM or SIGINT: it refuses new connections at
// once, lets requests in flight finish (up to 10 s), then exits with code 0.
//
// It runs one server process per core (WEB_CONCURRENCY overrides; 1 means
// this process serves alone), sharing the port through Node.js's cluster
// module. Each process listens for the database's change notifications and
// answers anonymous visitors' public pages from its page cache
// (docs/decisions/0010-anonymous-page-cache.md).
//
// Beside the web server it runs the job worker (registration emails, the
// daily reminders: docs/decisions/0011-job-queue.md) as a child process
// (scripts/job-worker-process.ts), unless JOB_WORKER=off says a worker runs
// apart (npm run worker).
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import http from "node:http";
import os from "node:os";
import next from "next";
import { sessionCookieFor } from "../lib/auth/session-cookie-policy";
import { listenForChanges } from "../lib/cache/listen-for-changes";
import { env, siteUrl } from "../lib/env";
import { markClientAddressesTrusted, parseTrustedProxies, stampClientAddress, TrustedProxiesError } from "../lib/http/client-address";
import { checkRequestAddress, refusedAddressAnswer } from "../lib/http/request-address";
import { cacheablePage } from "../lib/page-cache/cacheable-request";
import { PageCacheServer, RENDER_HEADER, renderThroughServer } from "../lib/page-cache/page-cache-server";
import { createPrismaClient } from "../lib/prisma-client";
import { bookingPathSessionId } from "../lib/registration/booking-request";
import { serveBookingRequest, type BookingRequestInput } from "../lib/registration/serve-booking-request";
import { runJobWorkerProcess } from "./job-worker-process";
import { projectRoot } from "./support/project-root";

const STOP_TIMEOUT_MS = 10_000;
/** The secret that marks the page cache's own render requests; shared by the processes of one server. */
const RENDER_SECRET_ENV = "CPD_WEEK_RENDER_SECRET";

function option(flag: string, long: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === flag || arg === long);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main() {
  const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
  const hostname = option("-H", "--hostname") ?? process.env.HOST ?? "127.0.0.1";
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`Not a port number: ${port}`);
  let proxies;
  try {
    proxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  } catch (error) {
    if (error instanceof TrustedProxiesError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" });
  const workers = webConcurrency();
  if (cluster.isPrimary && workers > 1) return runPrimary(workers, hostname, port);

  // Serving alone, this process starts the job worker's process; in a cluster the primary does.
  const jobs = cluster.isPrimary ? runJobWorkerProcess() : null;
  const renderSecret = process.env[RENDER_SECRET_ENV] || randomBytes(24).toString("base64url");
  const changes = process.env.DATABASE_URL ? listenForChanges(process.env.DATABASE_URL) : null;
  const app = next({ dev: false, dir: projectRoot, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  markClientAddressesTrusted();

  let inFlight = 0;
  let stopping = false;
  let pages: PageCacheServer | undefined;
  // Bookings are answered here, before Next.js (lib/registration/booking-request.ts),
  // through a pool of their own, made with the settings on the first booking.
  let bookings: Omit<BookingRequestInput, "sessionId"> | undefined;
  const onRequest = (request: http.IncomingMessage, response: http.ServerResponse) => {
    inFlight++;
    response.once("close", () => {
      inFlight--;
      if (stopping && inFlight === 0) finish(0);
    });
    // Keep-alive connections are closed after the answer once we are stopping.
    if (stopping) response.setHeader("connection", "close");
    // A broken %-escape anywhere in the address (path or query, as sent):
    // refused before Next.js, which would answer some with a 500 and quietly
    // rewrite others (lib/http/request-address.ts; proxy.ts checks the same
    // when the site runs without this server).
    const [pathname = "/", search = ""] = (request.url ?? "/").split(/\?(.*)/s);
    const address = checkRequestAddress(pathname, search);
    if (!address.ok) {
      const refused = refusedAddressAnswer(pathname, address.reason);
      response.writeHead(400, refused.headers).end(refused.body);
      return;
    }
    stampClientAddress(request, proxies);
    const bookingSessionId = request.method === "POST" ? bookingPathSessionId(pathname) : null;
    if (bookingSessionId !== null) {
      bookings ??= {
        db: createPrismaClient(env().DATABASE_URL),
        sessionCookieName: sessionCookieFor(siteUrl()).name,
        settings: { authSecret: env().NEXTAUTH_SECRET, siteUrl: env().SITE_URL },
      };
      serveBookingRequest(request, response, { ...bookings, sessionId: bookingSessionId }).catch((error: unknown) => {
        console.error(`Failed to answer the booking ${request.url}:`, error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
      return;
    }
    const toNext = () =>
      handle(request, response).catch((error: unknown) => {
        console.error(`Failed to handle request for ${request.url}:`, error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
    // The page cache's own render requests go to Next.js; so does everything it cannot answer.
    const rendering = request.headers[RENDER_HEADER] === renderSecret;
    const page = rendering || stopping || !pages ? null : cacheablePage(request);
    if (!page || !pages) return void toNext();
    pages.respond(request, response, page).then(
      (answered) => {
        if (!answered) void toNext();
      },
      (error: unknown) => {
        console.error(`The page cache failed for ${request.url}:`, error);
        void toNext();
      },
    );
  };
  const server = http.createServer(onRequest);
  // The page cache renders through a port of this process alone (not shared
  // with the other processes), so a page is rendered, and its data cached, in
  // the process that will serve it.
  const renderServer = http.createServer(onRequest);
  await new Promise<void>((resolve, reject) => {
    renderServer.once("error", reject);
    renderServer.listen({ host: "127.0.0.1", port: 0, exclusive: true }, resolve);
  });
  const renderAddress = renderServer.address();
  if (renderAddress && typeof renderAddress === "object") {
    pages = new PageCacheServer(renderThroughServer({ host: "127.0.0.1", port: renderAddress.port, secret: renderSecret }));
  }

  function finish(code: number) {
    server.closeAllConnections();
    renderServer.closeAllConnections();
    void changes?.stop();
    void bookings?.db.$disconnect();
    void stopJobs(jobs).then(() => process.exit(code));
  }

  function stop(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: no new connections; finishing ${inFlight} request(s) in flight.`);
    server.close();
    server.closeIdleConnections();
    renderServer.close();
    renderServer.closeIdleConnections();
    if (inFlight === 0) finish(0);
    setTimeout(() => {
      console.error(`Requests still in flight after ${STOP_TIMEOUT_MS / 1000} s; stopping anyway.`);
      finish(1);
    }, STOP_TIMEOUT_MS).unref();
  }
  // `on`, not `once`: a supervisor (npm start, a process manager) may pass the
  // same signal on again, and a second one must not kill requests in flight.
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  if (cluster.isPrimary) console.log(`✓ Ready: CPD Week is serving ${siteAddress(hostname, port)}`);
  // A worker whose primary has gone (killed) stops too, rather than serve on alone.
  else process.on("disconnect", () => stop("SIGTERM"));
}

/** WEB_CONCURRENCY, or one process per core. */
function webConcurrency(): number {
  const configured = process.env.WEB_CONCURRENCY?.trim();
  if (configured) {
    const count = Number(configured);
    if (!Number.isInteger(count) || count < 1 || count > 64) {
      console.error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${configured}".`);
      process.exit(1);
    }
    return count;
  }
  return os.availableParallelism();
}

/** The primary: starts the server processes, replaces one that dies, and passes SIGTERM/SIGINT on. */
function runPrimary(count: number, hostname: string, port: number) {
  process.env[RENDER_SECRET_ENV] ||= randomBytes(24).toString("base64url");
  const jobs = runJobWorkerProcess();
  let jobsStopped: Promise<void> = Promise.resolve();
  let stopping = false;
  let listening = 0;
  let exitCode = 0;
  const start = () => cluster.fork();
  // Each process also listens on a port of its own for page renders: count the site's port only.
  cluster.on("listening", (_worker, address) => {
    if (address.port !== port) return;
    listening += 1;
    if (listening === count) console.log(`✓ Ready: CPD Week is serving ${siteAddress(hostname, port)} with ${count} processes`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (code !== 0) exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) void jobsStopped.then(() => process.exit(exitCode));
      return;
    }
    console.error(`Server process ${worker.process.pid} stopped (${signal ?? `code ${code}`}); starting another.`);
    listening = Math.max(0, listening - 1);
    setTimeout(start, 500);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping ${count} server processes.`);
    jobsStopped = stopJobs(jobs);
    for (const worker of Object.values(cluster.workers ?? {})) {
      // The primary holds the shared listening socket. Disconnecting a worker
      // takes it off that socket here and now (and the socket closes with the
      // last one), so new visitors are refused at once even while a busy
      // worker has not yet got round to its SIGTERM; a connection accepted
      // meanwhile would otherwise wait for it and then be reset. The worker
      // still finishes the requests it has (it closes its server, which waits
      // for them), and SIGTERM makes it close idle keep-alive connections.
      worker?.disconnect();
      worker?.process.kill("SIGTERM");
    }
    setTimeout(() => {
      console.error(`Server processes still running after ${(STOP_TIMEOUT_MS + 2_000) / 1000} s; stopping anyway.`);
      process.exit(1);
    }, STOP_TIMEOUT_MS + 2_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  for (let i = 0; i < count; i++) start();
}

/** Lets the emails being sent finish (the rest wait in the queue), within a time limit. */
async function stopJobs(jobs: { stop(): Promise<void> } | null): Promise<void> {
  if (!jobs) return;
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref());
  await Promise.race([jobs.stop().catch((error: unknown) => console.error("The job worker did not stop cleanly:", error)), timeout]);
}

function siteAddress(hostname: string, port: number): string {
  return `http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
