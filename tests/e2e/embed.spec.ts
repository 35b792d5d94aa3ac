import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { demoSlugs } from "../../prisma/seed/social-work-week-2025";
import { expectNoAxeViolations } from "./support/accessibility";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";

// The embeddable programme (issue 16): an organiser lists the websites that
// may show the week in a frame and copies the snippet; a page on a listed
// origin shows it, one on any other origin is refused, and every other page
// of the site stays unframeable. Two small web servers on this machine play
// the council intranet (listed) and another site (not listed).

type Host = { origin: string; close: () => Promise<void>; serve: (html: string) => void };

async function startHost(): Promise<Host> {
  let html = "<!doctype html><title>Host</title>";
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (next) => (html = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The framed document once it has loaded (or failed to). */
async function framed(page: Page): Promise<Frame> {
  await page.locator("iframe").waitFor();
  const handle = await page.locator("iframe").elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForLoadState("domcontentloaded").catch(() => undefined);
  return frame!;
}

let intranet: Host;
let elsewhere: Host;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  intranet = await startHost();
  elsewhere = await startHost();
});

test.afterAll(async () => {
  await intranet.close();
  await elsewhere.close();
  await queryE2eDatabase(`UPDATE "Event" SET "embedOrigins" = '{}' WHERE slug = $1`, [demoSlugs.event]);
});

test("an organiser lists the intranet, with a bad line refused beside the field, and copies the snippet in English and Welsh", async ({ page }) => {
  const [week] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Event" WHERE slug = $1`, [demoSlugs.event]);
  await signInAsOrganiser(page, `/admin/events/${week!.id}`);
  const section = page.getByRole("region", { name: "Show the programme on other websites" });
  const field = section.getByLabel("Websites that may show the programme");
  await field.fill(`${intranet.origin}\nhttp://intranet.example.gov.uk/news`);
  await section.getByRole("button", { name: "Save websites" }).click();
  await expect(section.getByText("Enter each website as https:// followed by its name only").first()).toBeVisible();
  await expect(section.getByLabel("Websites that may show the programme")).toHaveAttribute("aria-invalid", "true");
  // Nothing was saved.
  const [unchanged] = await queryE2eDatabase<{ embedOrigins: string[] }>(`SELECT "embedOrigins" FROM "Event" WHERE id = $1`, [week!.id]);
  expect(unchanged!.embedOrigins).toEqual([]);

  await section.getByLabel("Websites that may show the programme").fill(`${intranet.origin}/\n\n${intranet.origin}`);
  await section.getByRole("button", { name: "Save websites" }).click();
  await expect(section.getByText("Saved. Only the websites listed may show the programme from now on.")).toBeVisible();
  await expect(section.getByLabel("Websites that may show the programme")).toHaveValue(intranet.origin);
  const english = await section.getByLabel("Code to paste (English)").inputValue();
  const welsh = await section.getByLabel("Code to paste (Cymraeg)").inputValue();
  expect(english).toMatch(new RegExp(`^<iframe src="http://127\\.0\\.0\\.1:\\d+/embed/weeks/${demoSlugs.event}" title="Programme: [^"]+"`));
  expect(welsh).toContain(`/cy/embed/weeks/${demoSlugs.event}" title="Rhaglen: `);
  await expectNoAxeViolations(page);
});

test("the listed intranet shows the programme in a frame; another site, and every other page, are refused", async ({ page, baseURL }) => {
  const snippet = (path: string) =>
    `<!doctype html><html lang="en"><title>Intranet</title><h1>Our intranet</h1><iframe src="${baseURL}${path}" title="Programme" style="width:100%;height:600px"></iframe></html>`;

  intranet.serve(snippet(`/embed/weeks/${demoSlugs.event}`));
  const allowed = page.waitForResponse((response) => response.url().includes("/embed/weeks/"));
  await page.goto(intranet.origin);
  const policy = (await (await allowed).allHeaders())["content-security-policy"] ?? "";
  expect(policy).toContain(`frame-ancestors ${intranet.origin}`);
  expect((await (await allowed).allHeaders())["x-frame-options"]).toBeUndefined();
  const frame = await framed(page);
  await expect(frame.getByRole("heading", { level: 1 })).not.toBeEmpty();
  await expect(frame.getByRole("link", { name: /opens in a new tab/ }).first()).toHaveAttribute("target", "_blank");

  // Another website, the same snippet: the browser refuses to show it.
  elsewhere.serve(snippet(`/embed/weeks/${demoSlugs.event}`));
  await page.goto(elsewhere.origin);
  const refused = await framed(page);
  await expect.poll(() => refused.url()).toContain("chrome-error://");

  // The listed intranet cannot frame the rest of the site.
  for (const path of ["/programme", `/sessions/${demoSlugs.fullWorkshop}`, "/sign-in"]) {
    intranet.serve(snippet(path));
    await page.goto(intranet.origin);
    const other = await framed(page);
    await expect.poll(() => other.url(), path).toContain("chrome-error://");
  }
});

test("the embed page works without JavaScript: filters narrow the list, sessions link out, and it passes axe in English and Welsh", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/embed/weeks/${demoSlugs.event}`);
  await expect(page.getByRole("banner")).toHaveCount(0);
  const all = await page.getByRole("listitem").count();
  expect(all).toBeGreaterThan(3);
  await page.getByLabel("Format").selectOption("online");
  await page.getByRole("button", { name: "Show sessions" }).click();
  await expect(page).toHaveURL(/\/embed\/weeks\/[^?]+\?day=&theme=&format=online$/);
  const online = await page.getByRole("listitem").count();
  expect(online).toBeGreaterThan(0);
  expect(online).toBeLessThan(all);
  await expect(page.getByRole("link", { name: /The whole programme on/ })).toHaveAttribute("href", /\/programme\?week=/);
  await expect(page.getByRole("link", { name: /The whole programme on/ })).toHaveAttribute("target", "_blank");
  await context.close();
});

test("the embed page passes axe in English and Welsh, and an unknown week is a 404", async ({ page }) => {
  await page.goto(`/embed/weeks/${demoSlugs.event}`);
  await expectNoAxeViolations(page);
  await page.goto(`/cy/embed/weeks/${demoSlugs.event}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByText("(yn agor mewn tab newydd)").first()).toBeVisible();
  await expectNoAxeViolations(page);
  const missing = await page.goto("/embed/weeks/no-such-week");
  expect(missing?.status()).toBe(404);
});
