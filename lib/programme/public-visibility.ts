import type { Prisma } from "../generated/prisma/client";

// The one rule for what the public may see: sessions that are published or
// cancelled (shown marked as cancelled), in a published event. Drafts never.
export const publicSessionWhere = {
  status: { in: ["PUBLISHED", "CANCELLED"] },
  event: { status: "PUBLISHED" },
} satisfies Prisma.SessionWhereInput;

/**
 * What the listings show (programme, theme and speaker pages, the sitemap):
 * public sessions, less those an organiser left out of the programme. Those
 * keep their page, for the people given its link (publicSessionWhere).
 */
export const listedSessionWhere = { ...publicSessionWhere, unlisted: false } satisfies Prisma.SessionWhereInput;

export const publicEventWhere = { status: "PUBLISHED" } satisfies Prisma.EventWhereInput;
