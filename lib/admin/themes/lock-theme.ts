import type { Prisma } from "../../generated/prisma/client";

/**
 * Locks the theme's row until the transaction ends. A session choosing this
 * theme checks its foreign key against the row, so no session can start using
 * it between our "is it in use?" check and our write.
 */
export async function lockTheme(tx: Prisma.TransactionClient, themeId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Theme" WHERE id = ${themeId} FOR UPDATE`;
  return rows.length === 1;
}
