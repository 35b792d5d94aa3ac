import type { Prisma } from "../../generated/prisma/client";
import { slugify } from "../slug";

/** A session's suggested slug: the shared rule (see ../slug.ts). */
export const slugFromTitle = slugify;

/** `base`, or `base-2`, `base-3`… : the first that no other session uses. */
export async function firstFreeSlug(tx: Prisma.TransactionClient, base: string, exceptSessionId?: string): Promise<string> {
  const stem = base || "session";
  const taken = new Set(
    (
      await tx.session.findMany({
        where: { slug: { startsWith: stem }, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
        select: { slug: true },
      })
    ).map((session) => session.slug),
  );
  if (!taken.has(stem)) return stem;
  for (let number = 2; ; number++) {
    const candidate = `${stem}-${number}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Whether a unique-constraint failure from Prisma was on the slug. Through the
 * pg driver adapter the constraint is named in meta.driverAdapterError
 * ("Session_slug_key"); with the classic engine in meta.target (["slug"]).
 */
export function isSlugConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return false;
  return /slug/i.test(JSON.stringify((error as { meta?: unknown }).meta ?? {}));
}
