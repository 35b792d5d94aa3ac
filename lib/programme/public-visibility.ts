import type { Prisma } from "../generated/prisma/client";

// The one rule for what the public may see: sessions that are published or
// cancelled (shown marked as cancelled), in a published event. Drafts never.
export const publicSessionWhere = {
  status: { in: ["PUBLISHED", "CANCELLED"] },
  event: { status: "PUBLISHED" },
} satisfies Prisma.SessionWhereInput;

export const publicEventWhere = { status: "PUBLISHED" } satisfies Prisma.EventWhereInput;
