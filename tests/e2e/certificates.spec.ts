import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_EVENT_SLUG } from "../../prisma/seed/social-work-week-2025";
import { expectNoAxeViolations } from "./support/accessibility";
import { signUp } from "./support/accounts";
import { signInAs, signInAsOrganiser } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { errorSummary } from "./support/error-summary";

// Certificates from attendance to verification: the organiser marks
// attendance in the register, the attendee downloads session and week
// certificates, anyone checks one on the public page, the organiser revokes it
// and the page changes. People are made for the test (signed up through the
// form); their registrations on two sessions of the demo week are inserted
// directly, as if they had booked.

const run = promisify(execFile);
const PASSWORD = "a long enough password";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
}

async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cpd-e2e-cert-"));
  try {
    await writeFile(path.join(dir, "certificate.pdf"), pdf);
    const { stdout } = await run("pdftotext", [path.join(dir, "certificate.pdf"), "-"]);
    return stdout.replace(/\s+/g, " ");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function book(userEmail: string, sessionId: string): Promise<string> {
  const [row] = await queryE2eDatabase<{ id: string }>(
    `INSERT INTO "Registration" (id, "sessionId", "userId", status, "updatedAt")
     SELECT $1, $2, id, 'CONFIRMED', now() FROM "User" WHERE email = $3 RETURNING id`,
    [`e2ecert${randomBytes(10).toString("hex")}`, sessionId, userEmail],
  );
  return row!.id;
}

test("attend, log CPD with a reflection, download session and week certificates, verify, revoke, and refuse someone else", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = randomBytes(4).toString("hex");
  const holder = { name: `Siân Llŷr ${stamp}`, email: `cert-holder-${stamp}@example.test` };
  const stranger = { name: `Other Person ${stamp}`, email: `cert-other-${stamp}@example.test` };
  for (const person of [holder, stranger]) {
    await signUp(page, { ...person, password: PASSWORD, regulator: "Social Care Wales", registrationNumber: "SCW-765432" });
    await signOut(page);
  }

  const sessions = await queryE2eDatabase<{ id: string; title: string; slug: string }>(
    `SELECT s.id, s.title, s.slug FROM "Session" s JOIN "Event" e ON e.id = s."eventId"
      WHERE e.slug = $1 AND s.status = 'PUBLISHED' ORDER BY s."startsAt", s.id LIMIT 2`,
    [DEMO_EVENT_SLUG],
  );
  const [first, second] = sessions;
  if (!first || !second) throw new Error("The demo week needs two published sessions");
  const firstRegistration = await book(holder.email, first.id);
  const secondRegistration = await book(holder.email, second.id);
  await book(stranger.email, second.id);

  // Before attendance is marked there is nothing to download.
  await signInAs(page, holder.email, PASSWORD, "/account/certificates");
  await expect(page.getByText("You have no attended sessions yet")).toBeVisible();
  expect((await page.request.get(`/account/certificates/session/${firstRegistration}`)).status()).toBe(404);
  await signOut(page);

  // The organiser marks the first session in the register; the second is marked directly.
  await signInAsOrganiser(page, `/admin/sessions/${first.id}/attendance`);
  await page.goto(`/admin/sessions/${first.id}/attendance`);
  await page.getByLabel("Find a person by name or email").fill(holder.email);
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await page.getByRole("checkbox", { name: `Select ${holder.name}` }).check();
  await page.getByRole("button", { name: "Mark selected as attended" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Attendance saved" })).toHaveText("Attendance saved for 1 person.");
  await queryE2eDatabase(`UPDATE "Registration" SET attendance = 'ATTENDED', "attendanceMarkedAt" = now() WHERE id = $1`, [secondRegistration]);
  await signOut(page);

  // The attendee logs CPD for the attended session, with a reflection linked to their regulator's code.
  await signInAs(page, holder.email, PASSWORD, "/account");
  await page.getByRole("link", { name: "My CPD record" }).click();
  await page.getByRole("link", { name: `Log CPD for ${first.title}` }).click();
  await page.getByLabel("What I learnt").fill("How to open a strengths-based conversation with a family.");
  await page.getByLabel("How it will change my practice").fill("I will ask about what is working before what is not.");
  await page.getByLabel("I reflected on this with a peer").check();
  await page.getByLabel("Discussion with a peer").fill("My practice educator, in supervision: we planned how to try it with one family.");
  await page.getByLabel(/^6\.5 /).check();
  await page.getByRole("button", { name: "Save CPD entry" }).click();
  await expect(page.getByRole("status")).toContainText("Your CPD entry has been saved");
  const [logged] = await queryE2eDatabase<{ learning: string; standards: string[]; peer: boolean }>(
    `SELECT learning, standards, "peerReflection" AS peer FROM "CpdEntry" WHERE "registrationId" = $1`,
    [firstRegistration],
  );
  expect(logged).toEqual({ learning: "How to open a strengths-based conversation with a family.", standards: ["6.5"], peer: true });

  // The attendee downloads both certificates.
  await page.goto("/account");
  await page.getByRole("link", { name: "My certificates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My certificates" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Sessions you attended in/ }).getByRole("row")).toHaveCount(3);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: `Download PDF certificate for ${first.title}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`certificate-${first.slug}.pdf`);
  const downloadedPath = await download.path();
  const sessionText = await pdfText(await readFile(downloadedPath));
  const [sessionCertificate] = await queryE2eDatabase<{ code: string; hours: string }>(
    `SELECT code, hours::text AS hours FROM "Certificate" c JOIN "User" u ON u.id = c."userId" WHERE u.email = $1 AND c.kind = 'SESSION'`,
    [holder.email],
  );
  expect(sessionCertificate).toBeDefined();
  const code = sessionCertificate!.code;
  expect(sessionText).toContain(holder.name);
  expect(sessionText).toContain("Social Care Wales registration number SCW-765432");
  expect(sessionText).toContain(first.title.replace(/\s+/g, " "));
  expect(sessionText).toContain(`CPD hours: ${Number(sessionCertificate!.hours)}`);
  expect(sessionText).toContain(code);

  const weekResponse = await page.request.get(
    await page
      .getByRole("link", { name: "Download the week certificate (PDF)" })
      .getAttribute("href")
      .then((href) => href!),
  );
  expect(weekResponse.status()).toBe(200);
  expect(weekResponse.headers()["content-type"]).toBe("application/pdf");
  expect(weekResponse.headers()["cache-control"]).toContain("no-store");
  expect(weekResponse.headers()["content-disposition"]).toMatch(/^attachment; filename="certificate-.+-week\.pdf"$/);
  const weekText = await pdfText(await weekResponse.body());
  expect(weekText).toContain(holder.name);
  expect(weekText).toContain(first.title.replace(/\s+/g, " "));
  expect(weekText).toContain(second.title.replace(/\s+/g, " "));
  expect(weekText).toContain("Total CPD hours");

  // The page now shows the issued code; another download gives the same certificate.
  await page.reload();
  await expect(page.getByText(`Code ${code}`)).toBeVisible();
  const again = await page.request.get(`/account/certificates/session/${firstRegistration}`);
  expect(await pdfText(await again.body())).toContain(code);
  await signOut(page);

  // Someone else asking for the holder's certificate gets a plain 404.
  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signInAs(strangerPage, stranger.email, PASSWORD);
  const refused = await strangerPage.request.get(`/account/certificates/session/${firstRegistration}`);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).not.toContain(holder.name);
  const [holderEvent] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Event" WHERE slug = $1`, [DEMO_EVENT_SLUG]);
  expect((await strangerPage.request.get(`/account/certificates/week/${holderEvent!.id}`)).status()).toBe(404);
  await strangerContext.close();

  // Anyone can check the certificate, typing the code loosely.
  await page.goto("/certificates/verify");
  await expectNoAxeViolations(page);
  await page.getByLabel("Certificate code").fill("not a code");
  await page.getByRole("button", { name: "Check certificate" }).click();
  await expect(page.getByText("Enter the certificate code as printed")).toBeVisible();
  await page.getByLabel("Certificate code").fill(` ${code.toLowerCase().replace(/-/g, " ")} `);
  await page.getByRole("button", { name: "Check certificate" }).click();
  await expect(page).toHaveURL(new RegExp(`/certificates/verify/${code}$`));
  await expect(page.getByRole("heading", { level: 1, name: "This certificate is genuine" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(holder.name);
  await expect(page.getByRole("main")).toContainText(first.title);
  await expect(page.getByRole("main")).not.toContainText(holder.email);
  await expect(page.getByRole("main")).not.toContainText("SCW-765432");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoAxeViolations(page);

  // The organiser finds and revokes it, with a reason and a confirmation.
  await signInAsOrganiser(page, "/admin/certificates");
  await page.goto("/admin/certificates");
  await page.getByLabel("Search certificates").fill(holder.name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `Revoke certificate ${code}` }).click();
  await page.getByRole("button", { name: "Revoke certificate" }).click();
  await expect(errorSummary(page)).toContainText("Enter why the certificate is being revoked");
  await expect(errorSummary(page)).toContainText("Confirm that the certificate will no longer be valid");
  expect(
    (await queryE2eDatabase<{ revoked: boolean }>(`SELECT "revokedAt" IS NOT NULL AS revoked FROM "Certificate" WHERE code = $1`, [code]))[0]?.revoked,
  ).toBe(false);
  await expectNoAxeViolations(page);
  await page.getByLabel("Why is it being revoked?").fill("Marked as attended by mistake");
  await page.getByLabel("I understand that this certificate will no longer be valid").check();
  await page.getByRole("button", { name: "Revoke certificate" }).click();
  await expect(page).toHaveURL(/\/admin\/certificates\?revoked=/);
  await expect(page.getByRole("status")).toContainText(`Certificate ${code} was revoked`);
  await signOut(page);

  // The verification page now says so.
  const revoked = await page.goto(`/certificates/verify/${code}`);
  expect(revoked?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "This certificate was revoked" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("It is not valid");
  await expect(page.getByRole("main")).not.toContainText(holder.name);
  await expectNoAxeViolations(page);

  // Unknown and malformed codes get the same plain 404.
  for (const wrong of ["CPD-0000-0000-0000-0000-0000-0000-0000", "nonsense"]) {
    const response = await page.goto(`/certificates/verify/${wrong}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Certificate not found" })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
