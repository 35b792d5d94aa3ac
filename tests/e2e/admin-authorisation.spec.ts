// Proves that every organiser-only page, route handler and server action
// refuses anonymous visitors and attendees by itself, and that the list of
// them (support/admin-surface.ts) is complete.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { adminActions, adminPages, adminRouteHandlers, otherActions, publicCacheActions } from "./support/admin-surface";
import { concreteUrl, sampleParams } from "./support/admin-urls";
import { signInAsAttendee } from "./support/auth";
import { queryE2eDatabase } from "./support/database";
import { callAction, formActionBody, readActionManifest, type ActionEntry } from "./support/server-actions";

async function listRouteFiles(dir: string, fileName: "page.tsx" | "route.ts"): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === fileName)
    .map((entry) => `/${path.relative("app", entry.parentPath).split(path.sep).join("/")}`)
    .sort();
}

/** Row counts and last changes of every table an admin action can write. */
async function databaseFingerprint(): Promise<string> {
  const tables = ["Event", "Theme", "Session", "Speaker", "User", "Registration", "SessionResource"];
  const parts = tables.map((table) => `(SELECT count(*) || '/' || coalesce(max("updatedAt")::text, '-') FROM "${table}") AS "${table}"`);
  const [row] = await queryE2eDatabase(
    `SELECT ${parts.join(", ")},
            (SELECT count(*) || '/' || coalesce(sum(position), 0) FROM "SessionSpeaker") AS "SessionSpeaker",
            (SELECT count(*) FROM "AuditEntry") AS "AuditEntry",
            (SELECT count(*) || '/' || coalesce(max("createdAt")::text, '-') FROM "OrganiserInvitation") AS "OrganiserInvitation"`,
  );
  return JSON.stringify(row);
}

/** A plausible form submission for any admin action: previous state plus form fields with real ids. */
function actionBody(params: Record<string, string>): FormData {
  const fields: Record<string, string> = {
    ...params,
    id: params.sessionId ?? "",
    registrationIds: params.registrationId ?? "",
    email: "attendee@demo.cpdweek.test",
    title: "Should never be saved",
    name: "Should never be saved",
    slug: "should-never-be-saved",
    summary: "x",
    status: "CANCELLED",
    attendance: "ATTENDED",
    confirm: "yes",
  };
  return formActionBody(fields, { status: "idle" });
}

function redirectTarget(response: APIResponse): string {
  return response.headers()["x-action-redirect"] ?? response.headers()["location"] ?? "";
}

async function callAdminAction(request: APIRequestContext, baseURL: string, action: ActionEntry, url: string, params: Record<string, string>) {
  return callAction(request, baseURL, action.id, url, actionBody(params));
}

test.describe("the list of admin entry points is complete", () => {
  test("every admin page and route handler in app/admin is listed", async () => {
    expect(await listRouteFiles("app/admin", "page.tsx")).toEqual([...adminPages].sort());
    expect(await listRouteFiles("app/admin", "route.ts")).toEqual([...adminRouteHandlers].sort());
  });

  test("every server action in the build is listed, admin or not", async () => {
    const actions = await readActionManifest();
    const names = actions.map((action) => `${action.filename}#${action.exportedName}`);
    const admin = names.filter((name) => name.startsWith("app/admin/")).sort();
    expect(admin).toEqual([...adminActions].sort());
    const unlisted = names.filter((name) => !name.startsWith("app/admin/") && !(name in otherActions) && !(name in publicCacheActions));
    expect(unlisted).toEqual([]);
  });
});

test.describe("anonymous visitors are refused", () => {
  test("admin pages send them to sign in", async ({ request }) => {
    const params = await sampleParams();
    for (const pattern of adminPages) {
      const url = concreteUrl(pattern, params);
      const response = await request.get(url, { maxRedirects: 0 });
      expect([303, 307], `${url} answered ${response.status()}`).toContain(response.status());
      expect(response.headers()["location"], url).toMatch(/^\/sign-in\?callbackUrl=/);
    }
  });

  test("admin route handlers answer 401", async ({ request }) => {
    const params = await sampleParams();
    for (const pattern of adminRouteHandlers) {
      const response = await request.get(concreteUrl(pattern, params), { maxRedirects: 0 });
      expect(response.status(), pattern).toBe(401);
      expect(await response.text()).not.toContain("@");
    }
  });

  test("admin server actions redirect to sign in and change nothing", async ({ request, baseURL }) => {
    const params = await sampleParams();
    const actions = (await readActionManifest()).filter((action) => action.filename.startsWith("app/admin/"));
    expect(actions.length).toBe(adminActions.length);
    for (const action of actions) {
      const before = await databaseFingerprint();
      const worker = action.workers.find((name) => name.startsWith("app/admin/")) ?? "app/admin/page";
      const response = await callAdminAction(request, baseURL!, action, concreteUrl(`/${worker.replace(/^app\//, "").replace(/\/page$/, "")}`, params), params);
      expect(response.status(), `${action.exportedName} answered ${response.status()}`).toBeLessThan(500);
      expect(redirectTarget(response), action.exportedName).toMatch(/^\/sign-in\?callbackUrl=/);
      expect(await databaseFingerprint(), `${action.exportedName} wrote to the database`).toBe(before);
    }
  });
});

test.describe("attendees are refused", () => {
  test.beforeEach(async ({ page }) => {
    await signInAsAttendee(page);
  });

  test("admin pages send them back to their account", async ({ page }) => {
    const params = await sampleParams();
    for (const pattern of adminPages) {
      const url = concreteUrl(pattern, params);
      const response = await page.request.get(url, { maxRedirects: 0 });
      expect([303, 307], `${url} answered ${response.status()}`).toContain(response.status());
      expect(response.headers()["location"], url).toBe("/account?forbidden=1");
    }
  });

  test("admin route handlers answer 403", async ({ page }) => {
    const params = await sampleParams();
    for (const pattern of adminRouteHandlers) {
      const response = await page.request.get(concreteUrl(pattern, params), { maxRedirects: 0 });
      expect(response.status(), pattern).toBe(403);
      expect(await response.text()).not.toContain("@");
    }
  });

  test("admin server actions refuse and change nothing", async ({ page, baseURL }) => {
    const params = await sampleParams();
    const actions = (await readActionManifest()).filter((action) => action.filename.startsWith("app/admin/"));
    for (const action of actions) {
      const before = await databaseFingerprint();
      const worker = action.workers.find((name) => name.startsWith("app/admin/")) ?? "app/admin/page";
      const response = await callAdminAction(
        page.request,
        baseURL!,
        action,
        concreteUrl(`/${worker.replace(/^app\//, "").replace(/\/page$/, "")}`, params),
        params,
      );
      expect(response.status(), `${action.exportedName} answered ${response.status()}`).toBeLessThan(500);
      expect(redirectTarget(response), action.exportedName).toMatch(/^\/account\?forbidden=1/);
      expect(await databaseFingerprint(), `${action.exportedName} wrote to the database`).toBe(before);
    }
  });

  test("the account page tells them the admin area is for organisers", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/account\?forbidden=1$/);
    await expect(page.getByText("That page is for organisers.")).toBeVisible();
  });
});
