// Drill 4: two instances of the site on one database behave as one site
// (issue 13, docs/decisions/0010). Two separate servers, each one process,
// each with its own page cache and data cache:
// - an anonymous visitor's programme page is served from each one's cache;
// - an organiser saves a session's new title through the admin form on
//   instance A: A shows it at once, and B within 1 s;
// - bookings sent to both at once never oversell, the waiting list is
//   numbered 1..n, and B's cached page shows the places taken within 2 s.
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CACHE_STATUS_HEADER } from "../../lib/page-cache/page-cache-server";
import { startServer, type RunningServer } from "../support/server";
import { check, createBookableSession, createPeople, onCleanup, sessionCookieFor, sleep, drillServer, table, type Check } from "./harness";
import type { DrillContext } from "./sigkill-drill";

const SETTINGS = {
  /** An organiser's change must show on the other instance within this. */
  otherInstanceMs: 1_000,
  /** Places left on a cached page may lag a booking by at most this. */
  placesLagMs: 2_000,
  capacity: 20,
  bookings: 60,
  /** How often the other instance is asked while waiting for the change. */
  pollEveryMs: 25,
};

type Fetched = { status: number; body: string; cache: string | null; ms: number };

async function fetchPage(server: RunningServer, pathname: string, init: RequestInit = {}): Promise<Fetched> {
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}${pathname}`, { redirect: "manual", ...init, headers: { accept: "text/html", ...init.headers } });
  const body = await response.text();
  return { status: response.status, body, cache: response.headers.get(CACHE_STATUS_HEADER), ms: performance.now() - started };
}

/** Asks `server` for `pathname` until `seen(body)`, or gives up after `limitMs`; returns how long it took. */
async function timeUntil(server: RunningServer, pathname: string, seen: (body: string) => boolean, limitMs: number, from: number): Promise<number | undefined> {
  while (performance.now() - from < limitMs * 3) {
    const page = await fetchPage(server, pathname);
    if (page.status === 200 && seen(page.body)) return performance.now() - from;
    await sleep(SETTINGS.pollEveryMs);
  }
  return undefined;
}

export async function twoInstancesDrill(context: DrillContext & { databaseUrl: string }): Promise<{ checks: Check[]; report: string }> {
  const { prisma, say, secret } = context;
  const checks: Check[] = [];
  const rows: Array<Array<string | number>> = [];
  const env = { ...context.env, WEB_CONCURRENCY: "1" };
  const [a, b] = await Promise.all(
    (["a", "b"] as const).map((name, index) =>
      startServer({
        ...drillServer,
        port: context.port + 2 * index,
        env: { ...env, SITE_URL: `http://127.0.0.1:${context.port + 2 * index}`, NEXTAUTH_URL: `http://127.0.0.1:${context.port + 2 * index}` },
        logFile: path.join(context.workDir, `instance-${name}.log`),
      }),
    ),
  );
  if (!a || !b) throw new Error("Could not start both instances");

  // 1. Each instance serves the anonymous programme from its own cache.
  const { sessionId, sessionSlug, eventId } = await createBookableSession(prisma, "instances", SETTINGS.capacity);
  const week = await prisma.event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true } });
  const programmePath = `/programme?week=${week.slug}`;
  // What the admin form asks of an online session, so that saving it is only about the title.
  await prisma.session.update({ where: { id: sessionId }, data: { joinUrl: "https://meet.example.test/drill" } });
  const sessionPath = `/sessions/${sessionSlug}`;
  for (const server of [a, b]) {
    await fetchPage(server, sessionPath);
    await fetchPage(server, programmePath);
  }
  const cached = await Promise.all([a, b].map((server) => fetchPage(server, sessionPath)));
  checks.push(
    check(
      "each instance serves an anonymous page from its cache",
      cached.every((page) => page.status === 200 && page.cache === "hit"),
      cached.map((page, index) => `${"AB"[index]}: ${page.status} ${page.cache ?? "not from the cache"}`).join(", "),
    ),
  );
  const signedIn = await fetchPage(a, sessionPath, { headers: { cookie: "cpd-week-language=en" } });
  checks.push(
    check(
      "a request with a cookie is never served from the cache",
      signedIn.status === 200 && signedIn.cache === null,
      `cache header: ${signedIn.cache ?? "none"}`,
    ),
  );

  // 2. An organiser renames the session in the admin area of instance A.
  const [organiser] = await createPeople(prisma, secret, "instances-organiser", 1);
  if (!organiser) throw new Error("Could not create the organiser");
  const user = await prisma.user.update({
    where: { id: organiser.id },
    data: { role: "ORGANISER" },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  const cookie = await sessionCookieFor(secret, user);
  const newTitle = `Renamed on instance A ${Date.now().toString(36)}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  onCleanup(() => browser.close());
  const browserContext = await browser.newContext({ baseURL: a.baseUrl });
  const [name, ...value] = cookie.split("=");
  await browserContext.addCookies([{ name: name ?? "", value: value.join("="), url: a.baseUrl }]);
  const page = await browserContext.newPage();
  await page.goto(`/admin/sessions/${sessionId}`);
  await page.getByLabel("Title", { exact: true }).fill(newTitle);
  say("Two instances: the organiser saves a new title on instance A…");
  await page.getByRole("button", { name: "Save changes" }).click();
  const saved = page.getByRole("status").filter({ hasText: "The session has been saved." });
  const refused = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await saved.or(refused).first().waitFor({ timeout: 20_000 });
  if (!(await saved.isVisible())) throw new Error(`The admin form refused the change: ${await refused.first().innerText()}`);
  const savedAt = performance.now();
  const onA = await fetchPage(a, sessionPath);
  const onBMs = await timeUntil(b, sessionPath, (body) => body.includes(newTitle), SETTINGS.otherInstanceMs, savedAt);
  await browser.close();
  checks.push(check("instance A shows the change on the next request", onA.body.includes(newTitle), `${onA.status}, ${onA.cache ?? "rendered"}`));
  checks.push(
    check(
      `instance B shows it within ${SETTINGS.otherInstanceMs / 1000} s`,
      onBMs !== undefined && onBMs <= SETTINGS.otherInstanceMs,
      onBMs === undefined ? "not seen" : `${onBMs.toFixed(0)} ms after the save was confirmed`,
    ),
  );
  const programmeOnB = await timeUntil(b, programmePath, (body) => body.includes(newTitle), SETTINGS.otherInstanceMs, savedAt);
  checks.push(
    check(
      "instance B's programme page shows it too",
      programmeOnB !== undefined && programmeOnB <= SETTINGS.otherInstanceMs,
      programmeOnB === undefined ? "not seen" : `${programmeOnB.toFixed(0)} ms`,
    ),
  );
  rows.push(
    ["organiser's edit seen on A", `${onA.ms.toFixed(0)} ms (next request)`],
    ["…on B (session page)", onBMs === undefined ? "not seen" : `${onBMs.toFixed(0)} ms`],
  );

  // 3. Bookings spread over both instances, all at once.
  const before = await fetchPage(b, sessionPath);
  checks.push(
    check(
      `B's page shows ${SETTINGS.capacity} places left before the bookings`,
      before.body.includes(`${SETTINGS.capacity} places left`),
      `${before.status}, ${before.cache ?? "rendered"}`,
    ),
  );
  const people = await createPeople(prisma, secret, "instances", SETTINGS.bookings);
  say(`Two instances: ${people.length} bookings for ${SETTINGS.capacity} places, alternating between A and B…`);
  const answers = await Promise.all(
    people.map((person, index) =>
      fetch(`${(index % 2 === 0 ? a : b).baseUrl}/api/sessions/${sessionId}/registrations`, { method: "POST", headers: { cookie: person.cookie } }).then(
        (response) => response.status,
        () => 0,
      ),
    ),
  );
  const bookedAt = performance.now();
  const registrations = await prisma.registration.findMany({ where: { sessionId }, select: { status: true, waitlistPosition: true } });
  const confirmed = registrations.filter((registration) => registration.status === "CONFIRMED").length;
  const positions = registrations
    .filter((registration) => registration.status === "WAITLISTED")
    .map((registration) => registration.waitlistPosition ?? 0)
    .sort((x, y) => x - y);
  const expectedPositions = Array.from({ length: SETTINGS.bookings - SETTINGS.capacity }, (_, index) => index + 1);
  checks.push(
    check(
      "every booking was answered 201",
      answers.every((status) => status === 201),
      `statuses: ${[...new Set(answers)].join(", ")}`,
    ),
  );
  checks.push(check("never oversold across the two instances", confirmed === SETTINGS.capacity, `${confirmed} confirmed of ${SETTINGS.capacity}`));
  checks.push(
    check(
      "the waiting list is numbered 1..n",
      JSON.stringify(positions) === JSON.stringify(expectedPositions),
      `${positions.length} waiting, positions ${positions[0] ?? "-"}..${positions.at(-1) ?? "-"}`,
    ),
  );
  const allPlacesLeft = `${SETTINGS.capacity} places left`;
  const fullOnB = await timeUntil(b, sessionPath, (body) => !body.includes(allPlacesLeft), SETTINGS.placesLagMs, bookedAt);
  checks.push(
    check(
      `B's cached page shows the session full within ${SETTINGS.placesLagMs / 1000} s`,
      fullOnB !== undefined && fullOnB <= SETTINGS.placesLagMs,
      fullOnB === undefined ? "still shows places left" : `${fullOnB.toFixed(0)} ms after the last booking`,
    ),
  );
  rows.push(
    ["bookings (A and B)", `${confirmed} confirmed, ${positions.length} waiting`],
    ["places on B's page", fullOnB === undefined ? "stale" : `${fullOnB.toFixed(0)} ms`],
  );
  return { checks, report: table(["two instances", "result"], rows) };
}
