import { z } from "zod";
import { multiLineText } from "../forms/text-fields";

// The websites an organiser lets show a week's programme in a frame
// (/embed/weeks/<slug>). Each becomes a source in that page's CSP
// frame-ancestors, so each must be exactly an origin: a scheme, a host and
// perhaps a port, nothing a browser would read differently or that could
// break the header. https only; http only for this computer (localhost), so a
// web team can try the snippet on a laptop.

export const MAX_EMBED_ORIGINS = 10;

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The origin a line names ("https://intranet.example.gov.uk/" → "https://intranet.example.gov.uk"), or null. */
export function embedOrigin(line: string): string | null {
  if (!/^https?:\/\/[^\s/?#*]+\/?$/i.test(line)) return null;
  let url: URL;
  try {
    url = new URL(line);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.protocol === "http:" && !LOCAL_HOSTS.has(url.hostname)) return null;
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  // Only what a CSP host-source can carry: letters, digits, dots, hyphens, brackets (IPv6), a port.
  return /^https?:\/\/[a-z0-9.\-[\]:]+$/.test(url.origin) ? url.origin : null;
}

/** The form's textarea: one website per line, blank lines dropped, duplicates once. */
export const embedOriginsField = multiLineText(4_000)
  .optional()
  .transform((value, context) => {
    const lines = (value ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > MAX_EMBED_ORIGINS) {
      context.addIssue({ code: "custom", message: "embedOriginsTooMany" });
      return z.NEVER;
    }
    const origins: string[] = [];
    for (const line of lines) {
      const origin = embedOrigin(line);
      if (!origin) {
        context.addIssue({ code: "custom", message: "embedOriginInvalid" });
        return z.NEVER;
      }
      if (!origins.includes(origin)) origins.push(origin);
    }
    return origins;
  });

export const embedSettingsSchema = z.object({
  eventId: z.string().trim().min(1).max(40),
  embedOrigins: embedOriginsField,
});
