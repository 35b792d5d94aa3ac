// The server actions of the production build, read from its own manifest, and
// a way to call one directly as a browser's form submission would.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

export type ActionEntry = { id: string; filename: string; exportedName: string; workers: string[] };

const distDir = process.env.NEXT_DIST_DIR || ".next";

export async function readActionManifest(): Promise<ActionEntry[]> {
  const manifest = JSON.parse(await readFile(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    filename: entry.filename ?? "(unknown file)",
    exportedName: entry.exportedName ?? "(unknown export)",
    workers: Object.keys(entry.workers),
  }));
}

/** "app/admin/sessions/[sessionId]/page" → "/admin/sessions/[sessionId]": the page whose form posts the action. */
export function actionPagePattern(action: ActionEntry, preferPrefix = "app/"): string {
  const worker = action.workers.find((name) => name.startsWith(preferPrefix) && name.endsWith("/page")) ?? action.workers[0] ?? "app/page";
  return `/${worker.replace(/^app\//, "").replace(/\/?page$/, "")}`;
}

/** Posts a multipart body to a server action, as React does for a form (no redirects followed). */
export function callAction(request: APIRequestContext, baseURL: string, actionId: string, url: string, multipart: Record<string, string> | FormData) {
  return request.post(url, {
    headers: { "Next-Action": actionId, Origin: baseURL, Accept: "text/x-component" },
    multipart,
    maxRedirects: 0,
  });
}

/**
 * A form's fields encoded as React 19 sends them to an action: the arguments
 * as JSON in part "0" ("$K1" stands for the FormData), and each field as a
 * part named "_1_<field>". With `previousState`, the arguments are
 * (previousState, formData), as useActionState calls an action.
 *
 * Order matters: React's decoder takes the "_1_" parts that come before "0",
 * as the browser sends them. A plain object would always put "0" first (an
 * integer-like key), so this builds a FormData.
 */
export function formActionBody(fields: Record<string, string>, previousState?: unknown): FormData {
  const body = new FormData();
  for (const [field, value] of Object.entries(fields)) body.append(`_1_${field}`, value);
  body.append("0", JSON.stringify(previousState === undefined ? ["$K1"] : [previousState, "$K1"]));
  return body;
}
