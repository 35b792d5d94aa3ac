import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./support/accessibility";
import { adminPages } from "./support/admin-surface";
import { concreteUrl, sampleParams } from "./support/admin-urls";
import { signInAs } from "./support/auth";
import { createPageFixtures, removePageFixtures, type PageFixtureSet } from "./support/page-fixtures";
import { pageInventory, type Role } from "./support/page-inventory";
import { REFLOW_WIDTH, reflowProblems } from "./support/reflow";
import { checkPages, inventoryUrls, roleLabel } from "./support/visit-pages";
import { englishSwitchProblems, welshPageProblems, welshUrl } from "./support/welsh";

// Section 5 of the performance-and-security issue: axe-core on every page, as
// every role that can see it, with no WCAG 2.2 A/AA violations. The admin
// pages are scanned as an organiser by accessibility.spec.ts from their own
// complete list; this spec covers the rest, from page-inventory.ts, which must
// name every page.tsx in app/ outside app/admin.
//
// Issue 11 (finding 12): every page, admin pages included, as every role that
// can see it, reflows at 320 CSS px (WCAG 1.4.10), with the long names, email
// addresses, titles and links that real weeks have (support/page-fixtures.ts).

/** Page routes under app/, as "/sessions/[slug]" patterns, with route groups such as (public) removed. */
function pageRoutes(directory = path.join(process.cwd(), "app"), segments: string[] = []): string[] {
  const routes: string[] = [];
  for (const name of readdirSync(directory)) {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) routes.push(...pageRoutes(full, /^\(.+\)$/.test(name) ? segments : [...segments, name]));
    else if (name === "page.tsx") routes.push(`/${segments.join("/")}`);
  }
  return routes;
}

let created: PageFixtureSet | undefined;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  created = await createPageFixtures(browser);
});

test.afterAll(async ({ browser }) => {
  test.setTimeout(60_000);
  if (created) await removePageFixtures(browser, created);
});

function fixtureSet(): PageFixtureSet {
  if (!created) throw new Error("The page fixtures were not created");
  return created;
}

async function signInAsRole(page: Page, role: Role) {
  const { attendee, organiser } = fixtureSet();
  if (role === "attendee") await signInAs(page, attendee.email, attendee.password);
  if (role === "organiser") await signInAs(page, organiser.email, organiser.password);
}

test("the inventory names every page outside the admin area, once", () => {
  const onDisk = pageRoutes()
    .filter((route) => route !== "/admin" && !route.startsWith("/admin/"))
    .sort();
  const listed = pageInventory.map((entry) => entry.pattern).sort();
  expect(listed).toEqual([...new Set(listed)]);
  expect(listed).toEqual(onDisk);
});

const roles = ["anonymous", "attendee", "organiser"] as const satisfies readonly Role[];

for (const role of roles) {
  test(`every page ${roleLabel[role]} can open has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    test.setTimeout(240_000);
    await signInAsRole(page, role);
    const urls = inventoryUrls(role, fixtureSet().fixtures);
    expect(await checkPages(page, urls, role, axeViolations)).toEqual([]);
    expect(urls.length).toBeGreaterThan(role === "anonymous" ? 12 : 15);
  });
}

for (const role of roles) {
  test(`every page ${roleLabel[role]} can open reflows at ${REFLOW_WIDTH}px wide, with no sideways scrolling`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsRole(page, role);
    await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
    expect(await checkPages(page, inventoryUrls(role, fixtureSet().fixtures), role, reflowProblems)).toEqual([]);
  });
}

test(`every admin page reflows at ${REFLOW_WIDTH}px wide for an organiser, tables scrolling only inside their own region`, async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsRole(page, "organiser");
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
  const set = fixtureSet();
  const demo = await sampleParams();
  const urls = [
    // The long-valued week, and the lists filtered to it.
    ...adminPages.map((pattern) => concreteUrl(pattern, set.adminParams)),
    `/admin?event=${set.fixtures.longValues.weekSlug}`,
    `/admin/sessions?event=${set.fixtures.longValues.weekSlug}`,
    // The demo week's full workshop: many registrations, a waiting list.
    ...adminPages.filter((pattern) => pattern.includes("[")).map((pattern) => concreteUrl(pattern, demo)),
  ];
  expect(await checkPages(page, urls, "organiser", reflowProblems)).toEqual([]);
});

// Issue 12: every page exists in Welsh under /cy, as every role that can see
// it (the admin area included, for organisers): it says it is Welsh, its
// language switch leads to the same page in English, it shows no English
// interface text (only content marked lang="en"), and axe finds nothing
// (html-has-lang and valid-lang included). Every English page's switch leads
// to the same page in Welsh.

function welshUrlsFor(role: Role): string[] {
  const set = fixtureSet();
  const pages = inventoryUrls(role, set.fixtures);
  const admin = role === "organiser" ? adminPages.map((pattern) => concreteUrl(pattern, set.adminParams)) : [];
  return [...pages, ...admin].map(welshUrl);
}

for (const role of roles) {
  test(`every page ${roleLabel[role]} can open is in Welsh under /cy, with no WCAG 2.2 A/AA violations`, async ({ page }) => {
    test.setTimeout(360_000);
    await signInAsRole(page, role);
    const urls = welshUrlsFor(role);
    const problems = await checkPages(page, urls, role, async (opened) => [
      ...(await welshPageProblems(opened, new URL(opened.url()).pathname + new URL(opened.url()).search)),
      ...(await axeViolations(opened)),
    ]);
    expect(problems).toEqual([]);
    expect(urls.length).toBeGreaterThan(role === "anonymous" ? 12 : 15);
  });

  test(`every page ${roleLabel[role]} can open offers the same page in Welsh`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsRole(page, role);
    const urls = inventoryUrls(role, fixtureSet().fixtures);
    expect(
      await checkPages(page, urls, role, (opened) => englishSwitchProblems(opened, new URL(opened.url()).pathname + new URL(opened.url()).search)),
    ).toEqual([]);
  });
}
