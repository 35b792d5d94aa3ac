import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { XMLValidator } from "fast-xml-parser";
import ical from "node-ical";
import { demoSlugs } from "../../prisma/seed/social-work-week-2025";
import { queryE2eDatabase } from "./support/database";

// Contract tests of the read API, generated from its own OpenAPI document
// (issue 16): every path the document lists is called, with the parameters
// the document declares, and every answer is checked against the schema the
// document gives for that status, using an independent JSON Schema validator
// (Ajv, draft 2020-12, which OpenAPI 3.1 uses). Then what the document
// promises beyond shapes: 304s, CORS, problems for bad parameters and unknown
// names, paging that adds up, and no private data anywhere.

type Operation = {
  operationId: string;
  parameters?: Array<{ name: string; in: "path" | "query"; required?: boolean; schema?: { $ref?: string; enum?: string[] } }>;
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type OpenApi = {
  openapi: string;
  servers: Array<{ url: string }>;
  paths: Record<string, { servers?: Array<{ url: string }>; get: Operation }>;
  components: { schemas: Record<string, { enum?: string[] }> };
};

const DOCUMENT_ID = "https://cpd-week.test/openapi.json";
let document: OpenApi;
let ajv: Ajv2020;
/** A real value for each path parameter, found through the API itself. */
const examples: Record<string, string> = { week: demoSlugs.event };

/** The read API's paths (under /api/v1), and the public files the document lists with the site as their server. */
const apiPaths = () => Object.keys(document.paths).filter((path) => !document.paths[path]!.servers);
const filePaths = () => Object.keys(document.paths).filter((path) => document.paths[path]!.servers);

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** Checks a body against the schema the document gives for this path and status. */
function expectMatchesDocument(path: string, status: number, contentType: string, body: unknown) {
  const responseRef = `${DOCUMENT_ID}#/${pointer("paths", path, "get", "responses", String(status), "content", contentType, "schema")}`;
  const validate = ajv.getSchema(responseRef) ?? ajv.compile({ $ref: responseRef });
  const valid = validate(body);
  expect(valid, `${path} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

function concretePath(path: string) {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = examples[name];
    if (!value) throw new Error(`no example value for {${name}}`);
    return value;
  });
}

async function getJson(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { headers });
  const text = await response.text();
  return { response, text, body: text ? (JSON.parse(text) as unknown) : undefined };
}

function expectCors(response: APIResponse) {
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  const { response, body } = await getJson(request, "/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  document = body as OpenApi;
  expect(document.openapi).toBe("3.1.0");
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  // Example values for the other path parameters, from the API's own lists.
  const sessions = (await getJson(request, `/api/v1/weeks/${demoSlugs.event}/sessions?per_page=1`)).body as { data: Array<{ slug: string }> };
  const speakers = (await getJson(request, "/api/v1/speakers?per_page=1")).body as { data: Array<{ slug: string }> };
  const themes = (await getJson(request, `/api/v1/weeks/${demoSlugs.event}/themes`)).body as { data: Array<{ slug: string }> };
  examples.session = sessions.data[0]!.slug;
  examples.theme = themes.data[0]!.slug;
  examples.speaker = speakers.data[0]!.slug;
});

test("every path in the document answers 200 as its schema says, with caching and CORS headers, and a 304 when asked again with the ETag or date", async ({
  request,
}) => {
  expect(apiPaths().length).toBeGreaterThanOrEqual(7);
  for (const path of apiPaths()) {
    const url = `/api/v1${concretePath(path)}`;
    const { response, body } = await getJson(request, url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expectCors(response);
    expect(response.headers()["cache-control"]).toContain("public");
    // Answered by the shared page cache, as the public pages are (a render on a miss, stored for the next caller).
    expect(response.headers()["x-cpd-week-page-cache"], url).toMatch(/^(hit|miss)$/);
    expectMatchesDocument(path, 200, "application/json", body);

    const etag = response.headers()["etag"]!;
    const lastModified = response.headers()["last-modified"]!;
    expect(etag, url).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(Number.isNaN(Date.parse(lastModified)), url).toBe(false);
    const byTag = await request.get(url, { headers: { "if-none-match": etag } });
    expect(byTag.status(), `${url} If-None-Match`).toBe(304);
    expect(await byTag.text()).toBe("");
    const byDate = await request.get(url, { headers: { "if-modified-since": lastModified } });
    expect(byDate.status(), `${url} If-Modified-Since`).toBe(304);
    // A tag that does not match wins over a date that would.
    const stale = await request.get(url, { headers: { "if-none-match": '"stale"', "if-modified-since": lastModified } });
    expect(stale.status(), `${url} stale tag`).toBe(200);
    // And the document's own schema for 304 and the others exists for each path.
    expect(Object.keys(document.paths[path]!.get.responses)).toEqual(expect.arrayContaining(["200", "304", "503"]));
  }
});

test("the schedule files and calendar feeds the document lists answer as it says: their type, Frab JSON valid against its schema, XML and iCalendar that independent parsers read, and a 404 for an unknown slug", async ({
  request,
}) => {
  expect(filePaths().length).toBe(4);
  for (const path of filePaths()) {
    const { responses } = document.paths[path]!.get;
    const contentType = Object.keys(responses["200"]!.content!)[0]!;
    const url = concretePath(path);
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toContain(contentType);
    expectCors(response);
    const text = await response.text();
    if (contentType === "application/json") expectMatchesDocument(path, 200, contentType, JSON.parse(text));
    if (contentType === "application/xml") expect(XMLValidator.validate(text), url).toBe(true);
    if (contentType === "text/calendar")
      expect(Object.values(ical.sync.parseICS(text)).filter((item) => item?.type === "VEVENT").length, url).toBeGreaterThan(0);
    const missing = await request.get(url.replace(/\/(weeks|themes)\/[^/]+\//, "/$1/no-such-thing-here/"));
    expect(missing.status(), `${url} unknown`).toBe(404);
  }
});

test("every declared parameter refuses a bad value with a 400 problem naming it; every path parameter names nothing with a 404 problem", async ({
  request,
}) => {
  for (const path of apiPaths()) {
    const { get } = document.paths[path]!;
    for (const parameter of get.parameters ?? []) {
      if (parameter.in === "path") {
        if (!get.responses["404"]) continue;
        const url = `/api/v1${concretePath(path).replace(examples[parameter.name]!, "no-such-thing-here")}`;
        const { response, body } = await getJson(request, url);
        expect(response.status(), url).toBe(404);
        expect(response.headers()["content-type"]).toContain("application/problem+json");
        expectCors(response);
        expectMatchesDocument(path, 404, "application/problem+json", body);
        continue;
      }
      expect(get.responses["400"], `${path} declares a 400 for ${parameter.name}`).toBeDefined();
      let refused = 0;
      for (const bad of ["0", "-1", "not valid", "2026-02-30", "x".repeat(200), " 1"]) {
        const url = `/api/v1${concretePath(path)}?${new URLSearchParams({ [parameter.name]: bad })}`;
        const { response, body } = await getJson(request, url);
        if (response.status() === 200) {
          // Some of these are fine for some parameters (a theme slug that names no theme lists nothing).
          expectMatchesDocument(path, 200, "application/json", body);
          continue;
        }
        expect(response.status(), url).toBe(400);
        expectMatchesDocument(path, 400, "application/problem+json", body);
        const problem = body as { status: number; errors: Array<{ parameter: string; detail: string }> };
        expect(problem.status).toBe(400);
        expect(
          problem.errors.map((error) => error.parameter),
          url,
        ).toEqual([parameter.name]);
        refused++;
      }
      expect(refused, `${path} ?${parameter.name}: some bad value refused`).toBeGreaterThan(0);
      // The same parameter twice is refused, not half-read.
      const twice = `/api/v1${concretePath(path)}?${parameter.name}=1&${parameter.name}=2`;
      const { response, body } = await getJson(request, twice);
      expect(response.status(), twice).toBe(400);
      expect((body as { errors: Array<{ parameter: string }> }).errors[0]!.parameter).toBe(parameter.name);
    }
  }
});

test("paging adds up: following next links visits every item once, and the Link header says the same", async ({ request }) => {
  const first = await getJson(request, `/api/v1/weeks/${demoSlugs.event}/sessions?per_page=7`);
  const { meta } = first.body as { meta: { total: number; total_pages: number; per_page: number } };
  expect(meta.total).toBeGreaterThan(7);
  expect(meta.total_pages).toBe(Math.ceil(meta.total / 7));
  const seen = new Set<string>();
  let url: string | null = `/api/v1/weeks/${demoSlugs.event}/sessions?per_page=7`;
  let pages = 0;
  while (url) {
    const { response, body } = await getJson(request, url);
    const page = body as { data: Array<{ slug: string }>; links: { next: string | null } };
    for (const session of page.data) {
      expect(seen.has(session.slug), session.slug).toBe(false);
      seen.add(session.slug);
    }
    const link = response.headers()["link"] ?? "";
    if (page.links.next) expect(link).toContain(`<${page.links.next}>; rel="next"`);
    else expect(link).not.toContain('rel="next"');
    url = page.links.next ? new URL(page.links.next).pathname + new URL(page.links.next).search : null;
    pages++;
  }
  expect(pages).toBe(meta.total_pages);
  expect(seen.size).toBe(meta.total);
  // Past the last page: an empty page, not an error.
  const beyond = await getJson(request, `/api/v1/weeks/${demoSlugs.event}/sessions?per_page=7&page=${meta.total_pages + 5}`);
  expect(beyond.response.status()).toBe(200);
  expect((beyond.body as { data: unknown[] }).data).toEqual([]);
});

test("filters narrow the list as the programme page does, and the cancelled session is marked", async ({ request }) => {
  const all = (await getJson(request, `/api/v1/weeks/${demoSlugs.event}/sessions?per_page=100`)).body as {
    data: Array<{ slug: string; format: string; status: string; starts_at: string; places: { status: string; left: number | null } }>;
  };
  const online = (await getJson(request, `/api/v1/weeks/${demoSlugs.event}/sessions?per_page=100&format=online`)).body as { data: Array<{ format: string }> };
  expect(online.data.length).toBeGreaterThan(0);
  expect(online.data.length).toBeLessThan(all.data.length);
  expect(online.data.every((session) => session.format === "online")).toBe(true);
  const cancelled = all.data.find((session) => session.slug === demoSlugs.cancelled);
  expect(cancelled?.status).toBe("cancelled");
  const full = all.data.find((session) => session.slug === demoSlugs.fullWorkshop);
  expect(full?.places).toEqual({ status: "full", left: null });
  const unlimited = all.data.find((session) => session.slug === demoSlugs.unlimited);
  expect(unlimited?.places).toEqual({ status: "unlimited", left: null });
  for (const session of all.data) expect(session.starts_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
});

test("nothing private: no draft, no join link, no registrant, across every answer", async ({ request }) => {
  const joinUrls = (await queryE2eDatabase<{ joinUrl: string }>(`SELECT "joinUrl" FROM "Session" WHERE "joinUrl" IS NOT NULL`)).map((row) => row.joinUrl);
  const emails = (await queryE2eDatabase<{ email: string }>(`SELECT u.email FROM "User" u JOIN "Registration" r ON r."userId" = u.id LIMIT 50`)).map(
    (row) => row.email,
  );
  expect(joinUrls.length).toBeGreaterThan(0);
  const bodies: string[] = [];
  for (const path of apiPaths()) bodies.push((await getJson(request, `/api/v1${concretePath(path)}`)).text);
  for (const path of filePaths()) bodies.push(await (await request.get(concretePath(path))).text());
  bodies.push((await getJson(request, `/api/v1/weeks/${demoSlugs.event}/sessions?per_page=100`)).text);
  const all = bodies.join("\n");
  expect(all).not.toContain(demoSlugs.draft);
  for (const joinUrl of joinUrls) expect(all).not.toContain(joinUrl);
  for (const email of emails) expect(all).not.toContain(email);
  const draft = await request.get(`/api/v1/sessions/${demoSlugs.draft}`);
  expect(draft.status()).toBe(404);
});

test("addresses outside the document, broken escapes and other methods get JSON problems, and preflight allows reading only", async ({ request }) => {
  for (const url of ["/api/v1/nothing-here", "/api/v1/weeks/x/y/z"]) {
    const { response, body } = await getJson(request, url);
    expect(response.status(), url).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect((body as { status: number }).status).toBe(404);
  }
  const broken = await request.get("/api/v1/weeks/%E0%A4%A");
  expect(broken.status()).toBe(400);
  expect(broken.headers()["content-type"]).toContain("application/problem+json");
  expect(((await broken.json()) as { title: string }).title).toBe("Bad Request");
  const posted = await request.post("/api/v1/weeks", { data: {} });
  expect(posted.status()).toBe(405);
  const preflight = await request.fetch(`/api/v1/weeks/${demoSlugs.event}`, {
    method: "OPTIONS",
    headers: { origin: "https://intranet.example.gov.uk", "access-control-request-method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
});

test("the developers page, linked from every page's footer, lists every path of the document with its parameters, in English and in Welsh", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Programme data for developers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme data for developers");
  for (const path of apiPaths()) {
    const { get } = document.paths[path]!;
    const heading = page.getByRole("heading", { level: 3, name: `GET /api/v1${path}`, exact: true });
    await expect(heading).toBeVisible();
    for (const parameter of get.parameters ?? []) {
      await expect(
        page.getByRole("region", { name: `Parameters: GET /api/v1${path}`, exact: true }).getByRole("cell", { name: parameter.name, exact: true }),
      ).toBeVisible();
    }
  }
  await expect(page.getByRole("link", { name: "openapi.json" })).toHaveAttribute("href", "/api/v1/openapi.json");
  await page.goto("/cy/developers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data'r rhaglen i ddatblygwyr");
  await expect(
    page.getByRole("region", { name: "Paramedrau: GET /api/v1/weeks/{week}/sessions", exact: true }).getByRole("cell", { name: "yn yr ymholiad" }).first(),
  ).toBeVisible();
  await expect(page.getByText("Un o: online, in-person, hybrid")).toBeVisible();
});
