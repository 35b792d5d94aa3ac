import type { CorrespondenceLanguage } from "../generated/prisma/enums";
import type { PrismaClient } from "../prisma-client";

/** The language the account holder chose for emails and calendar files, or null when there is no such account. */
export async function findCorrespondenceLanguage(db: PrismaClient, userId: string): Promise<CorrespondenceLanguage | null> {
  const account = await db.user.findUnique({ where: { id: userId }, select: { language: true } });
  return account?.language ?? null;
}
