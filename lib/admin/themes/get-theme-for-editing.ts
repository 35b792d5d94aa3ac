import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";
import { themeRecordSelect } from "./theme-schema";

/** The theme with the sessions that use it (its delete page lists them). */
export async function getThemeForEditing(db: PrismaClient, actor: CurrentUser, themeId: string) {
  assertOrganiser(actor);
  return db.theme.findUnique({
    where: { id: themeId },
    select: {
      ...themeRecordSelect,
      event: { select: { id: true, title: true } },
      sessions: { orderBy: { startsAt: "asc" }, select: { id: true, title: true, startsAt: true, status: true } },
    },
  });
}

export type ThemeForEditing = NonNullable<Awaited<ReturnType<typeof getThemeForEditing>>>;
