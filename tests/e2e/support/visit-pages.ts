import { expect, type Page } from "@playwright/test";
import { pageInventory, type PageFixtures, type Role } from "./page-inventory";

export type PageCheck = (page: Page) => Promise<string[]>;

/**
 * Opens each address in turn as whoever `page` is signed in as, makes sure it
 * is the page asked for (no server error, no redirect to sign in), and
 * collects what `check` finds there, each line prefixed with the address.
 */
export async function checkPages(page: Page, urls: readonly string[], who: string, check: PageCheck): Promise<string[]> {
  const found: string[] = [];
  for (const url of urls) {
    const response = await page.goto(url);
    expect(response?.status(), `${url} as ${who}`).toBeLessThan(500);
    expect(new URL(page.url()).pathname, `${url} as ${who}`).toBe(new URL(url, "http://x").pathname);
    for (const problem of await check(page)) found.push(`${url}: ${problem}`);
  }
  return found;
}

/** Every address of the page inventory that `role` can open. */
export function inventoryUrls(role: Role, fixtures: PageFixtures): string[] {
  return pageInventory.filter((entry) => entry.roles.includes(role)).flatMap((entry) => entry.urls(fixtures));
}

export const roleLabel: Record<Role, string> = { anonymous: "an anonymous visitor", attendee: "an attendee", organiser: "an organiser" };
