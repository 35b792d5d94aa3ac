import type { CurrentUser } from "../../auth/current-user";
import type { Prisma } from "../../generated/prisma/client";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";

export const themeSorts = ["position", "name"] as const;
export type ThemeSort = (typeof themeSorts)[number];

export type ThemeListQuery = { event: string; q: string; sort: ThemeSort };

/** Reads ?event=, ?q= and ?sort= from the list's address; anything unknown falls back to the default. */
export function parseThemeListQuery(params: Record<string, string | string[] | undefined>): ThemeListQuery {
  const event = typeof params.event === "string" ? params.event.trim().slice(0, 40) : "";
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const sort = themeSorts.find((value) => value === params.sort) ?? "position";
  return { event, q, sort };
}

/** Themes of every week (or one), drafts included, with how many sessions use each. */
export async function listThemes(db: PrismaClient, actor: CurrentUser, query: ThemeListQuery) {
  assertOrganiser(actor);
  const where: Prisma.ThemeWhereInput = {
    ...(query.event ? { eventId: query.event } : {}),
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { slug: { contains: query.q, mode: "insensitive" } },
            { summary: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  // By position, themes group by week (newest week first) and keep the order the public programme uses.
  const orderBy: Prisma.ThemeOrderByWithRelationInput[] =
    query.sort === "name" ? [{ name: "asc" }] : [{ event: { startDate: "desc" } }, { eventId: "asc" }, { position: "asc" }, { name: "asc" }];
  const themes = await db.theme.findMany({
    where,
    orderBy,
    select: {
      id: true,
      slug: true,
      name: true,
      colour: true,
      position: true,
      event: { select: { id: true, title: true } },
      _count: { select: { sessions: true } },
    },
  });
  return themes.map(({ _count, ...theme }) => ({ ...theme, sessionCount: _count.sessions }));
}
