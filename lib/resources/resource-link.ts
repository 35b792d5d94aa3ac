// Session resources are links, never uploads, and they are shown to people
// on council laptops who will click them: so a link must be https, to a real
// named host, with nothing hidden in it. Checked at the admin form's schema
// and again before any link is shown (a row written some other way, a script
// or psql, is left out rather than linked).

/** The longest link accepted: enough for a Teams or SharePoint address, far short of abuse. */
export const MAX_LINK_LENGTH = 2000;

/** Message keys (admin.resources.errors.*): why a typed link was refused. */
export type LinkProblem = "urlRequired" | "urlTooLong" | "urlSpaces" | "urlNotHttps" | "urlInvalid" | "urlCredentials";

// Whitespace anywhere (not only ASCII spaces), and every control character.
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/u;
// A domain name as the URL parser leaves it (lower case, international names
// as punycode): labels of letters, digits and inner hyphens, and a top-level
// domain of letters. This refuses IP addresses, "localhost" and bare names,
// which no organiser means to share with attendees.
const LABEL = "(?!-)[a-z0-9-]{1,63}(?<!-)";
const DOMAIN_NAME = new RegExp(`^(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);

/** What is wrong with a typed link (already trimmed), or null when it is a link we may show. */
export function linkProblem(value: string): LinkProblem | null {
  if (value === "") return "urlRequired";
  if (value.length > MAX_LINK_LENGTH) return "urlTooLong";
  if (SPACE_OR_CONTROL.test(value)) return "urlSpaces";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return "urlInvalid";
  if (scheme !== "https") return "urlNotHttps";
  // Checked on the text as typed: the parser would quietly turn "https:example.org" or "https:///x" into a link.
  if (!/^https:\/\/[^/\\?#]/i.test(value)) return "urlInvalid";
  if (!URL.canParse(value)) return "urlInvalid";
  const url = new URL(value);
  if (url.protocol !== "https:") return "urlNotHttps";
  if (url.username || url.password) return "urlCredentials";
  if (url.hostname.length > 253 || !DOMAIN_NAME.test(url.hostname)) return "urlInvalid";
  return null;
}

export const isHttpsLink = (value: string): boolean => linkProblem(value) === null;

/** A link as stored: the parser's own spelling of it (so what is shown is what the browser will open). */
export function normalisedLink(value: string): string {
  return new URL(value).href;
}

/**
 * The site a link goes to, shown beside it so that people see where a click
 * takes them: the host name without "www.". International names stay in
 * their punycode (xn--) form on purpose: a look-alike letter cannot pass for
 * a familiar domain.
 */
export function linkDomain(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
