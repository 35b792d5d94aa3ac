import "server-only";
import { prisma } from "../db";

/** The caller's own details for the details form. */
export async function getAccountDetails(userId: string) {
  return prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, regulator: true, registrationNumber: true, jobRole: true, organisation: true },
  });
}
