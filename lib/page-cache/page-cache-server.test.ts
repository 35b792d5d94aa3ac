import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setFeedLive } from "../cache/change-feed";
import { cacheablePage } from "./cacheable-request";
import { CACHE_STATUS_HEADER, PageCacheServer } from "./page-cache-server";
import type { RenderedPage } from "./stored-page";

// The page cache answering over real HTTP, with a renderer that stands in for
// Next.js and counts its renders.

const FEED = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
let renders = 0;
let server: http.Server;
let base: string;

function renderFile(): Promise<RenderedPage> {
  renders += 1;
  return Promise.resolve({
    status: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      etag: '"feed-1"',
      "last-modified": "Mon, 07 Dec 2026 01:00:00 GMT",
      "cache-control": "public, max-age=300",
      date: "x",
    },
    body: Buffer.from(FEED),
  });
}

beforeAll(async () => {
  setFeedLive(true);
  const pages = new PageCacheServer(renderFile);
  server = http.createServer((request, response) => {
    const page = cacheablePage(request);
    if (!page) return void response.writeHead(418).end();
    void pages.respond(request, response, page).then((answered) => {
      if (!answered) response.writeHead(502).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  setFeedLive(false);
  await new Promise((resolve) => server.close(resolve));
});

describe("a public file from the page cache", () => {
  it("is rendered once, then served with its ETag, gzipped when asked, and a 304 for a client that has it", async () => {
    const first = await fetch(`${base}/weeks/w/calendar.ics`);
    expect(first.status).toBe(200);
    expect(first.headers.get(CACHE_STATUS_HEADER)).toBe("miss");
    expect(first.headers.get("etag")).toBe('"feed-1"');
    expect(first.headers.get("last-modified")).toBe("Mon, 07 Dec 2026 01:00:00 GMT");
    expect(first.headers.get("date")).not.toBe("x");
    expect(await first.text()).toBe(FEED);

    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) =>
      http
        .get(`${base}/weeks/w/calendar.ics`, { headers: { "accept-encoding": "gzip" } }, (answer) => {
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.on("end", () => resolve({ encoding: answer.headers["content-encoding"], body: Buffer.concat(chunks) }));
        })
        .on("error", reject),
    );
    expect(zipped.encoding).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toBe(FEED);

    const byTag = await fetch(`${base}/weeks/w/calendar.ics`, { headers: { "if-none-match": 'W/"feed-1"' } });
    expect(byTag.status).toBe(304);
    expect(byTag.headers.get("etag")).toBe('"feed-1"');
    expect(byTag.headers.get(CACHE_STATUS_HEADER)).toBe("hit");
    const byDate = await fetch(`${base}/weeks/w/calendar.ics`, { headers: { "if-modified-since": "Mon, 07 Dec 2026 01:00:00 GMT" } });
    expect(byDate.status).toBe(304);
    expect(renders).toBe(1);
  });

  it("sends the whole file when the client's copy is another, or older", async () => {
    const otherTag = await fetch(`${base}/weeks/w/calendar.ics`, {
      headers: { "if-none-match": '"feed-0"', "if-modified-since": "Mon, 07 Dec 2026 02:00:00 GMT" },
    });
    expect(otherTag.status).toBe(200);
    expect(await otherTag.text()).toBe(FEED);
    const older = await fetch(`${base}/weeks/w/calendar.ics`, { headers: { "if-modified-since": "Mon, 07 Dec 2026 00:59:59 GMT" } });
    expect(older.status).toBe(200);
    const head = await fetch(`${base}/weeks/w/calendar.ics`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});
