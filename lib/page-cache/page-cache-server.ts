import http from "node:http";
import { gzipSync } from "node:zlib";
import { changeVersions } from "../cache/change-feed";
import { clientHasIt } from "../http/conditional-response";
import { createNonce } from "../security/headers";
import type { CacheablePage } from "./cacheable-request";
import { PageCache, type CacheEntry } from "./page-cache";
import { pageWithNonce, storableFile, storablePage, type RenderedPage } from "./stored-page";

// Answers anonymous visitors' public pages from the page cache, in our web
// server (scripts/serve.ts) before Next.js. A page not in the cache is
// rendered once, by Next.js, through an internal request that carries no
// cookie at all, and every visitor asking for it meanwhile waits for that one
// render. See docs/decisions/0010-anonymous-page-cache.md.

/** Marks our own render requests, so that they go to Next.js; the value is a secret of this server. */
export const RENDER_HEADER = "x-cpd-week-render";
/** Says how a page was answered: "hit" from the cache, "miss" rendered for this request and kept. */
export const CACHE_STATUS_HEADER = "x-cpd-week-page-cache";
const RENDER_TIMEOUT_MS = 30_000;

export type PageRenderer = (page: CacheablePage) => Promise<RenderedPage>;

export class PageCacheServer {
  private readonly inFlight = new Map<string, Promise<CacheEntry | null>>();

  constructor(
    private readonly render: PageRenderer,
    readonly cache = new PageCache(),
  ) {}

  /** Answers the request from the cache (true), or leaves it to Next.js (false): notifications down, or a page that cannot be kept. */
  async respond(request: http.IncomingMessage, response: http.ServerResponse, page: CacheablePage): Promise<boolean> {
    const versions = changeVersions();
    if (!versions.live) return false;
    let entry = this.cache.fresh(page.key, versions);
    const status = entry ? "hit" : "miss";
    entry ??= (await this.renderOnce(page)) ?? undefined;
    if (!entry?.page || response.headersSent) return false;

    const stored = entry.page;
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    let headers: Array<[string, string]>;
    let bytes: Buffer;
    if (stored.validators) {
      headers = stored.headers.map(([name, pieces]) => [name, pieces.join("")]);
      const conditions = { ifNoneMatch: single(request.headers["if-none-match"]), ifModifiedSince: single(request.headers["if-modified-since"]) };
      if (clientHasIt(conditions, stored.validators)) {
        for (const [name, value] of headers) if (name !== "content-type") response.appendHeader(name, value);
        response.setHeader(CACHE_STATUS_HEADER, status);
        response.statusCode = 304;
        response.end();
        return true;
      }
      const text = stored.body.join("");
      bytes = gzip ? (stored.gzipped ??= gzipSync(text, { level: 6 })) : Buffer.from(text, "utf8");
    } else {
      const acceptsHtml = (request.headers.accept ?? "").includes("text/html");
      const page = pageWithNonce(stored, createNonce(), { setLanguageCookie: acceptsHtml });
      headers = page.headers;
      bytes = gzip ? gzipSync(page.body, { level: 4 }) : Buffer.from(page.body, "utf8");
    }
    for (const [name, value] of headers) response.appendHeader(name, value);
    if (gzip) response.setHeader("content-encoding", "gzip");
    response.setHeader("content-length", bytes.length);
    response.setHeader(CACHE_STATUS_HEADER, status);
    response.statusCode = 200;
    response.end(request.method === "HEAD" ? undefined : bytes);
    return true;
  }

  /** One render per address at a time; the rest wait for it. */
  private renderOnce(page: CacheablePage): Promise<CacheEntry | null> {
    const running = this.inFlight.get(page.key);
    if (running) return running;
    const rendering = (async () => {
      const before = changeVersions();
      const renderStartedAt = Date.now();
      let rendered: RenderedPage;
      try {
        rendered = await this.render(page);
      } catch {
        return null;
      }
      const entry: CacheEntry = {
        page: page.kind === "file" ? storableFile(rendered) : storablePage(rendered),
        renderStartedAt,
        programme: before.programme,
        places: before.places,
      };
      this.cache.store(page.key, entry);
      return entry;
    })().finally(() => this.inFlight.delete(page.key));
    this.inFlight.set(page.key, rendering);
    return rendering;
  }
}

/** Renders pages by asking our own server for them, as a visitor with no cookie would. */
export function renderThroughServer(options: { host: string; port: number; secret: string }): PageRenderer {
  return (page) =>
    new Promise<RenderedPage>((resolve, reject) => {
      const request = http.request(
        {
          host: options.host,
          port: options.port,
          method: "GET",
          path: `${page.pathname}${page.search}`,
          headers: { accept: page.kind === "file" ? "*/*" : "text/html", "x-forwarded-proto": page.https ? "https" : "http", [RENDER_HEADER]: options.secret },
          timeout: RENDER_TIMEOUT_MS,
          agent: false,
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.on("end", () => resolve({ status: answer.statusCode ?? 500, headers: answer.headers, body: Buffer.concat(chunks) }));
          answer.on("error", reject);
        },
      );
      request.on("timeout", () => request.destroy(new Error("render timed out")));
      request.on("error", reject);
      request.end();
    });
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
