// Server actions are public endpoints that React calls with a multipart body
// (a JSON "root" in field "0" plus the form's fields). When that body is
// malformed (something no browser of ours sends: junk JSON, references to
// parts that are not there, a foreign Origin, more than the size limit),
// Next.js's own decoding throws and it answers 500. The proxy checks the
// envelope first and answers a plain 400/403/413 instead, so a fuzzer or an
// attacker gets a clear refusal and the logs keep 500 for real faults.
//
// Only the shapes our forms produce are accepted in the root: plain JSON
// values, "$K<n>" (the submitted FormData), and React's scalar encodings
// (undefined, dates, NaN, ±Infinity, -0, BigInt, "$$" for a literal "$").
// Outlined references (promises, maps, sets, server references, streams…)
// are never sent by our forms, so they are refused rather than resolved.

import { addressedHost } from "./own-origin";

export type ActionRequestVerdict = { ok: true } | { ok: false; status: 400 | 403 | 413; reason: string };

/** Next.js's default serverActions.bodySizeLimit. */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

const SCALAR_ENCODINGS = [
  /^\$\$/,
  /^\$K[0-9a-fA-F]+$/,
  /^\$undefined$/,
  /^\$D./,
  /^\$I$/,
  /^\$-0$/,
  /^\$-Infinity$/,
  /^\$N$/,
  /^\$NaN$/,
  /^\$Infinity$/,
  /^\$n-?\d{1,300}$/,
];

// PostgreSQL cannot store U+0000 in text, so a form carrying one could only fail.
const NUL_REASON = "The form contains a character that cannot be saved (U+0000).";

const refuse = (status: 400 | 403 | 413, reason: string): ActionRequestVerdict => ({ ok: false, status, reason });

/** True when every "$…" string in a decoded reply root is an encoding our forms can produce. */
export function isAcceptedReplyValue(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") return !value.startsWith("$") || SCALAR_ENCODINGS.some((pattern) => pattern.test(value));
  if (Array.isArray(value)) return value.every((item) => isAcceptedReplyValue(item, depth + 1));
  if (value !== null && typeof value === "object") return Object.values(value).every((item) => isAcceptedReplyValue(item, depth + 1));
  return true;
}

/** The reply root ("0" of the multipart body, or a text/plain body) as JSON our forms could have sent. */
export function checkReplyRoot(root: unknown): ActionRequestVerdict {
  if (typeof root !== "string") return refuse(400, "The form data is incomplete.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(root);
  } catch {
    return refuse(400, "The form data could not be read.");
  }
  // The root is the action's argument list: React applies it, so it must be an array.
  return Array.isArray(parsed) && isAcceptedReplyValue(parsed) ? { ok: true } : refuse(400, "The form data could not be read.");
}

export async function checkServerActionRequest(request: Request, bodyLimit = SERVER_ACTION_BODY_LIMIT): Promise<ActionRequestVerdict> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return { ok: true };

  const origin = request.headers.get("origin");
  if (origin) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!originHost || originHost !== addressedHost(request.headers)) return refuse(403, "This form was sent from another site.");
  }

  const length = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(length) && length > bodyLimit) return refuse(413, "The form is too large to send.");

  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return refuse(400, "The form data could not be read.");
    }
    // A body sent without Content-Length is measured once read.
    let size = 0;
    for (const [, value] of form) {
      size += typeof value === "string" ? value.length : value.size;
      if (typeof value === "string" && value.includes("\u0000")) return refuse(400, NUL_REASON);
    }
    if (size > bodyLimit) return refuse(413, "The form is too large to send.");
    return checkReplyRoot(form.get("0"));
  }
  if (type.startsWith("text/plain")) {
    const text = await request.clone().text();
    if (text.length > bodyLimit) return refuse(413, "The form is too large to send.");
    return checkReplyRoot(text);
  }
  return { ok: true };
}
