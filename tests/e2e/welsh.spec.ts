import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { simpleParser } from "mailparser";
import { UPCOMING_EVENT_SLUG, upcomingSlugs } from "../../prisma/seed/glan-usk-practice-week";
import { demoSlugs } from "../../prisma/seed/social-work-week-2025";
import { expectNoAxeViolations } from "./support/accessibility";
import { signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { emailsTo, newestLinkSecret, noticesTo, subjectOf } from "./support/outbox";

// Issue 12: Welsh under /cy, chosen with a switch on every page (never by
// guesswork from Accept-Language), remembered in a cookie, and leading to the
// same page with its filters.

const programme = `/programme?week=${demoSlugs.event}`;

test("a first visit in a Welsh-speaking browser is not redirected, and is offered Cymraeg up front", async ({ browser }) => {
  const context = await browser.newContext({ locale: "cy-GB", extraHTTPHeaders: { "accept-language": "cy-GB,cy;q=0.9,en;q=0.5" } });
  const page = await context.newPage();
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  const offer = page.getByRole("link", { name: "Cymraeg" });
  await expect(offer).toHaveAttribute("lang", "cy");
  await expect(offer).toHaveAttribute("href", "/cy");
  await context.close();
});

test("the switch leads to the same programme in Welsh, filters kept, with Welsh days and headings", async ({ page }) => {
  await page.goto(`${programme}&format=online`);
  await page.getByRole("link", { name: "Cymraeg" }).click();
  await expect(page).toHaveURL(new RegExp(`/cy/programme\\?week=${demoSlugs.event}&format=online$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Rhaglen" })).toBeVisible();
  // The filter is still applied, and the day choices are Welsh dates.
  await expect(page.getByLabel("Fformat")).toHaveValue("online");
  await expect(page.getByLabel("Diwrnod").locator("option").nth(1)).toHaveText(/^Dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul) \d{1,2} \p{L}+ \d{4}$/u);
  // hreflang for both languages, pointing at this same page.
  await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute(
    "href",
    new RegExp(`/programme\\?week=${demoSlugs.event}&format=online$`),
  );
  await expect(page.locator('link[rel="alternate"][hreflang="cy"]')).toHaveAttribute(
    "href",
    new RegExp(`/cy/programme\\?week=${demoSlugs.event}&format=online$`),
  );
  // Links inside the Welsh page stay in Welsh.
  const firstSession = page.locator("article h3 a").first();
  await expect(firstSession).toHaveAttribute("href", /^\/cy\/sessions\//);
  await expectNoAxeViolations(page);
});

test("the choice is remembered: English addresses lead to Welsh until English is chosen again", async ({ page }) => {
  await page.goto("/cy");
  await page.goto(`/sessions/${demoSlugs.mockCourt}`);
  await expect(page).toHaveURL(new RegExp(`/cy/sessions/${demoSlugs.mockCourt}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  // Back to English with the switch: the same page, and English is remembered.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${demoSlugs.mockCourt}$`));
  expect(new URL(page.url()).pathname).toBe(`/sessions/${demoSlugs.mockCourt}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await page.goto("/programme");
  expect(new URL(page.url()).pathname).toBe("/programme");
});

test("a session with no Welsh text yet shows its English text marked as English", async ({ page }) => {
  await page.goto(`/cy/sessions/${demoSlugs.mockCourt}`);
  const heading = page.getByRole("heading", { level: 1 });
  // The demo session's title is English only: shown, and marked lang="en".
  await expect(heading.locator('[lang="en"]')).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 2, name: "Am y sesiwn hon" })).toBeVisible();
});

test("the sign-in form answers in Welsh, field by field, and stays in Welsh", async ({ page }) => {
  await page.goto("/cy/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Mewngofnodi" })).toBeVisible();
  await page.getByRole("button", { name: "Mewngofnodi" }).click();
  await expect(page.getByText("Rhowch eich cyfeiriad e-bost").first()).toBeVisible();
  await expect(page.getByText("Rhowch eich cyfrinair").first()).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/cy/sign-in");
});

test("the language switch cannot be turned into a redirect to another site", async ({ request }) => {
  for (const path of ["/en//evil.example/phish", "/en/%2F%2Fevil.example", "/en/\\evil.example"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const location = response.headers().location ?? "";
    expect(response.status(), path).toBeLessThan(500);
    if (location) expect(new URL(location, "http://127.0.0.1").hostname, `${path} → ${location}`).toBe("127.0.0.1");
  }
});

// Issue 12, section 6 (so far): a Welsh speaker does everything in Welsh and
// gets their email and calendar file in Welsh.
test("a Welsh speaker signs up in Welsh choosing Welsh, books, gets the confirmation and calendar file in Welsh, attends, logs CPD and downloads a Welsh certificate", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const email = `cymraeg-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  await page.goto("/");
  await page.getByRole("link", { name: "Cymraeg" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await page.getByRole("link", { name: "Mewngofnodi" }).first().click();
  await page.getByRole("link", { name: "Creu cyfrif" }).click();
  await expect(page).toHaveURL(/\/cy\/sign-up/);
  await page.getByLabel("Cyfeiriad e-bost").fill(email);
  await page.getByRole("button", { name: "Anfonwch y ddolen ataf" }).click();
  await expect(page.getByRole("heading", { name: "Edrychwch ar eich e-bost" })).toBeVisible();

  // The link email is in Welsh (the page's language) and opens the Welsh page.
  const [linkEmail] = await emailsTo(email);
  expect(await subjectOf(linkEmail ?? "")).not.toMatch(/CPD Week/);
  expect(linkEmail).toMatch(/\/cy\/sign-up\/finish\?token=/);
  const secret = await newestLinkSecret(email, "/cy/sign-up/finish");
  await page.goto(`/cy/sign-up/finish?token=${secret}`);
  await expect(page.getByRole("heading", { level: 1, name: "Gorffen creu eich cyfrif" })).toBeVisible();
  // Asked up front, Welsh offered first and chosen to begin with on a Welsh page.
  await expect(page.getByRole("radio", { name: "Cymraeg", exact: true })).toBeChecked();
  await page.getByLabel("Enw llawn").fill("Siân Prydderch");
  await page.getByLabel("Cyfrinair", { exact: true }).fill("cyfrinair hir iawn 2025");
  await page.getByRole("button", { name: "Creu cyfrif" }).click();
  await expect(page).toHaveURL(/\/cy\/account/);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");

  // The Welsh programme, filtered: in-person sessions of the upcoming week.
  await page.goto(`/cy/programme?week=${UPCOMING_EVENT_SLUG}`);
  await page.getByLabel("Fformat").selectOption("in-person");
  await page.getByRole("button", { name: "Dangos sesiynau" }).click();
  await expect(page).toHaveURL(/\/cy\/programme\?.*format=in-person/);
  await page
    .getByRole("link", { name: /./ })
    .filter({ has: page.locator(`xpath=self::a[@href="/cy/sessions/${upcomingSlugs.inPerson}"]`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/cy/sessions/${upcomingSlugs.inPerson}$`));
  await page.getByRole("button", { name: "Cadw lle" }).click();
  await expect(page.getByText("Mae eich lle wedi’i gadarnhau").first()).toBeVisible();

  // The confirmation, in Welsh, with a Welsh calendar file linking to the Welsh page.
  await expect.poll(async () => (await noticesTo(email)).length).toBe(1);
  const [confirmation = ""] = await noticesTo(email);
  expect(await subjectOf(confirmation)).toMatch(/^Mae eich lle wedi’i gadarnhau: /);
  const parsed = await simpleParser(confirmation);
  expect(parsed.text).toMatch(/Dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul) \d{1,2} \p{L}+ \d{4}/u);
  expect(parsed.text).toContain(`/cy/sessions/${upcomingSlugs.inPerson}`);
  const calendar = parsed.attachments.find((attachment) => attachment.filename?.endsWith(".ics"));
  expect(calendar?.content.toString("utf8").replace(/\r\n[ \t]/g, "")).toContain(`/cy/sessions/${upcomingSlugs.inPerson}`);

  // A bilingual organiser marks attendance in the Welsh register.
  const [booking] = await queryE2eDatabase<{ id: string; sessionId: string; titleCy: string }>(
    `SELECT r.id, r."sessionId", s."titleCy" FROM "Registration" r JOIN "User" u ON u.id = r."userId" JOIN "Session" s ON s.id = r."sessionId" WHERE u.email = $1`,
    [email],
  );
  if (!booking) throw new Error("The booking should be in the database");
  const organiserContext = await browser.newContext();
  try {
    const organiser = await organiserContext.newPage();
    await signInAsOrganiser(organiser, `/cy/admin/sessions/${booking.sessionId}/attendance`);
    await expect(organiser).toHaveURL(new RegExp(`/cy/admin/sessions/${booking.sessionId}/attendance`));
    await organiser.getByLabel("Dod o hyd i berson yn ôl enw neu e-bost").fill(email);
    await organiser.getByRole("button", { name: "Chwilio", exact: true }).click();
    await organiser.getByRole("checkbox", { name: /Dewis Siân Prydderch/ }).check();
    await organiser.getByRole("button", { name: "Cofnodi bod y rhai a ddewiswyd wedi bod yn bresennol" }).click();
    await expect(organiser.getByRole("status").filter({ hasText: "Presenoldeb wedi’i gadw" })).toContainText("Presenoldeb wedi’i gadw ar gyfer 1 person.");
  } finally {
    await organiserContext.close();
  }

  // She logs CPD for the session in Welsh.
  await page.goto("/cy/account");
  // "My programme" names the session in Welsh.
  await expect(page.getByRole("heading", { level: 3, name: booking.titleCy })).toBeVisible();
  await page.getByRole("link", { name: "Fy nghofnod DPP" }).first().click();
  await expect(page).toHaveURL(/\/cy\/account\/cpd/);
  await page.getByRole("link", { name: `Cofnodi DPP ar gyfer ${booking.titleCy}` }).click();
  await page.getByLabel("Beth ddysgais i").fill("Sut i drafod achos gyda’n gilydd heb feio neb.");
  await page.getByLabel("Sut bydd yn newid fy ymarfer").fill("Byddaf yn dod â’r model myfyriol i oruchwyliaeth y tîm.");
  await page.getByLabel("Rwyf wedi myfyrio ar hyn gyda chymheiriad").check();
  // Saving without a standard is refused, field by field, in Welsh.
  await page.getByRole("button", { name: "Cadw’r cofnod DPP" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Dewiswch o leiaf un safon" })).toBeVisible();
  // Peer reflection needs its note, asked for in Welsh too.
  await expect(page.getByRole("alert").getByRole("link", { name: /^Ysgrifennwch nodyn byr am y drafodaeth/ })).toBeVisible();
  await page.getByLabel("Trafodaeth gyda chymar").fill("Dau weithiwr cymdeithasol o’r tîm, yn y drafodaeth grŵp: byddwn yn rhoi cynnig ar y model.");
  await page.getByLabel("G1 Gwybodaeth a sgiliau ar gyfer ymarfer.").check();
  await page.getByRole("button", { name: "Cadw’r cofnod DPP" }).click();
  await expect(page.getByRole("status")).toContainText("Mae eich cofnod DPP wedi’i gadw.");
  // Her record keeps the entry under the session's Welsh title, and totals it under the week's Welsh name.
  await expect(page.getByRole("heading", { level: 3, name: booking.titleCy })).toBeVisible();
  await expect(page.getByRole("table", { name: "Oriau DPP fesul wythnos" }).getByRole("rowheader", { name: "Wythnos Ymarfer Glan Wysg" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");

  // And downloads her certificate, in Welsh.
  await page.goto("/cy/account/certificates");
  await expect(page.getByRole("heading", { level: 1, name: "Fy nhystysgrifau" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: `Lawrlwytho PDF tystysgrif ar gyfer ${booking.titleCy}` }).click(),
  ]);
  const certificate = (await pdfText(await readFile(await download.path()))).replace(/\s+/g, " ");
  expect(certificate).toContain("Tystysgrif presenoldeb");
  expect(certificate).toContain("Tystir bod Siân Prydderch");
  expect(certificate).toContain(booking.titleCy.replace(/\s+/g, " "));
  expect(certificate).toMatch(/Dydd (Llun|Mawrth|Mercher|Iau|Gwener) \d{1,2} \p{L}+ \d{4}/u);
  expect(certificate).toContain("Cod y dystysgrif: CPD-");
  expect(certificate).not.toMatch(/Certificate of attendance|This is to certify/);
  const [issued] = await queryE2eDatabase<{ language: string }>(
    `SELECT c.language FROM "Certificate" c JOIN "User" u ON u.id = c."userId" WHERE u.email = $1`,
    [email],
  );
  expect(issued?.language).toBe("WELSH");
});

async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cpd-e2e-welsh-"));
  try {
    await writeFile(path.join(dir, "certificate.pdf"), pdf);
    const { stdout } = await promisify(execFile)("pdftotext", [path.join(dir, "certificate.pdf"), "-"]);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
