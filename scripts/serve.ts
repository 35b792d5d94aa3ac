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
import http from "node:http";
import path from "node:path";
import next from "next";
import { markClientAddressesTrusted, parseTrustedProxies, stampClientAddress, TrustedProxiesError } from "../lib/http/client-address";
import { checkRequestAddress } from "../lib/http/request-address";

const STOP_TIMEOUT_MS = 10_000;

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
  const app = next({ dev: false, dir: path.resolve(__dirname, ".."), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  markClientAddressesTrusted();

  let inFlight = 0;
  let stopping = false;
  const server = http.createServer((request, response) => {
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
      response.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" }).end(address.reason);
      return;
    }
    stampClientAddress(request, proxies);
    handle(request, response).catch((error: unknown) => {
      console.error(`Failed to handle request for ${request.url}:`, error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });

  function finish(code: number) {
    server.closeAllConnections();
    process.exit(code);
  }

  function stop(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: no new connections; finishing ${inFlight} request(s) in flight.`);
    server.close();
    server.closeIdleConnections();
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
  console.log(`✓ Ready: CPD Week is serving http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
