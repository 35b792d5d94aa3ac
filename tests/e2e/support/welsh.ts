import type { Page } from "@playwright/test";
import { messagesFor } from "../../../lib/i18n/catalogue";
import { localisePath } from "../../../lib/i18n/locale-paths";

// Checks for the Welsh pages (issue 12): the page says it is Welsh, its
// language switch leads to the same page in English, and no English
// interface text shows outside content marked lang="en".

function leaves(value: unknown, into: Map<string, string> = new Map(), path = ""): Map<string, string> {
  if (typeof value === "string") into.set(path, value);
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) leaves(item, into, `${path}.${key}`);
  return into;
}

/**
 * English interface messages that a Welsh page must never show: whole
 * messages without placeholders, of two words or more, that differ from
 * their Welsh (so "CSV" or "Social Work England" are not counted).
 */
export const englishOnlyMessages: string[] = (() => {
  const english = leaves(messagesFor("en"));
  const welsh = leaves(messagesFor("cy"));
  const welshTexts = [...welsh.values()];
  return [...english]
    .filter(([key, text]) => !/[{}<>]/.test(text) && text.trim().includes(" ") && text.length >= 10 && welsh.get(key) !== text)
    .map(([, text]) => text.trim())
    .filter((text) => !welshTexts.some((welshText) => welshText.includes(text)));
})();

/** The English address of a Welsh one: "/cy/programme?x" → "/programme?x". */
export function englishUrl(url: string): string {
  if (url === "/cy") return "/";
  return url.startsWith("/cy/") || url.startsWith("/cy?") ? url.slice(3) || "/" : url;
}

export function welshUrl(url: string): string {
  return localisePath(url, "cy");
}

/** Where the language switch on the page leads, as a path and query. */
async function switchTarget(page: Page): Promise<string | null> {
  const href = await page.locator("a[data-language-switch]").getAttribute("href");
  if (!href) return null;
  const target = new URL(href, page.url());
  return `${target.pathname}${target.search}`;
}

/** Problems with a Welsh page as it stands in `page`, opened at `url` (its /cy address). */
export async function welshPageProblems(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const lang = await page.locator("html").getAttribute("lang");
  if (lang !== "cy") problems.push(`<html lang="${lang}">, not "cy"`);
  const english = englishUrl(url);
  const expected = `/en${english === "/" ? "" : english.startsWith("/?") ? english.slice(1) : english}`;
  const target = await switchTarget(page);
  if (target !== new URL(expected, "http://x").pathname + new URL(expected, "http://x").search)
    problems.push(`the language switch leads to ${target}, not ${expected}`);
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => `${link.getAttribute("hreflang")} ${new URL(link.getAttribute("href") ?? "").pathname}`));
  for (const wanted of ["en-GB", "cy"]) if (!alternates.some((line) => line.startsWith(`${wanted} `))) problems.push(`no hreflang="${wanted}" link`);
  const visibleText = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const element of body.querySelectorAll("[lang]")) if (!element.getAttribute("lang")?.startsWith("cy")) element.remove();
    for (const element of body.querySelectorAll("script, style, template, [hidden]")) element.remove();
    return body.textContent ?? "";
  });
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")]
      .filter((element) => !element.closest("[lang]:not([lang^='cy'])") || element.closest("[lang]")?.getAttribute("lang")?.startsWith("cy"))
      .flatMap((element) => ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? "")),
  );
  const shown = `${visibleText}\n${attributes.join("\n")}\n${await page.title()}`;
  for (const message of englishOnlyMessages) if (shown.includes(message)) problems.push(`shows English interface text: ${JSON.stringify(message)}`);
  return problems;
}

/** Problems with an English page: its switch must lead to the same page in Welsh. */
export async function englishSwitchProblems(page: Page, url: string): Promise<string[]> {
  const target = await switchTarget(page);
  const expected = welshUrl(url);
  const wanted = new URL(expected, "http://x");
  return target === `${wanted.pathname}${wanted.search}` ? [] : [`the language switch leads to ${target}, not ${expected}`];
}
