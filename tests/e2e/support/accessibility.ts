import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The axe tags for WCAG 2.2 levels A and AA (2.0 and 2.1 criteria included). */
export const WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * The page's WCAG 2.2 A/AA violations as "rule: targets" lines, with
 * target-size (2.5.8, 24×24 px) switched on, which axe leaves off by default.
 *
 * It waits for the document title first: Next.js streams a dynamic page's
 * metadata after its body, and after a client-side navigation (a redirect from
 * a server action) the new title can land a moment after the heading. Scanning
 * in that gap reported a false "document-title" violation in CI.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await expect.poll(() => page.title(), { message: "the page has a title before it is scanned" }).not.toBe("");
  const results = await new AxeBuilder({ page })
    .options({ rules: { "target-size": { enabled: true } } })
    .withTags(WCAG_22_AA_TAGS)
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}
