import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// zod, once in a browser bundle, probes whether eval is allowed (new
// Function), and our Content-Security-Policy reports that probe as a
// violation on the page (tests/e2e/security.spec.ts watches for them). So no
// client component may reach zod through its imports: a client component
// imports lists and limits from zod-free modules (lib/programme/vocabulary.ts,
// lib/auth/account-vocabulary.ts, lib/messages/message-limits.ts …), never
// from a module that holds a schema. A server action ("use server") is a
// reference in the bundle, not its code, so the walk stops there.

const root = process.cwd();
const VALUE_IMPORT = /^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const startsWith = (file: string, directive: string) => {
  const text = readFileSync(file, "utf8").trimStart();
  return text.startsWith(`"${directive}"`) || text.startsWith(`'${directive}'`);
};

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) if (existsSync(candidate)) return candidate;
  return null;
}

/** The chain of files from `client` to an import of zod, or null. */
function pathToZod(client: string): string[] | null {
  const seen = new Set<string>();
  const stack: string[][] = [[client]];
  while (stack.length) {
    const chain = stack.pop()!;
    const file = chain.at(-1)!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(VALUE_IMPORT)) {
      if (specifier === "zod" || specifier!.startsWith("zod/")) return chain;
      const next = resolveImport(file, specifier!);
      if (next && !next.includes(`${path.sep}generated${path.sep}`) && !startsWith(next, "use server")) stack.push([...chain, next]);
    }
  }
  return null;
}

describe("client components", () => {
  const clients = ["app", "components"].flatMap((folder) => filesUnder(path.join(root, folder))).filter((file) => startsWith(file, "use client"));

  it("are found (the walk is looking at the real tree)", () => {
    expect(clients.length).toBeGreaterThan(30);
  });

  it("never reach zod through their imports", () => {
    const offenders = clients.flatMap((client) => {
      const chain = pathToZod(client);
      return chain ? [chain.map((file) => path.relative(root, file)).join(" > ")] : [];
    });
    expect(offenders).toEqual([]);
  });

  it("would be caught reaching zod (the check can fail)", () => {
    // A server-side form module that holds a schema: the walk finds zod from it.
    expect(pathToZod(path.join(root, "lib/messages/message-form.ts"))).not.toBeNull();
  });
});
