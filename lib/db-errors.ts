import { Prisma } from "./generated/prisma/client";

/** A unique index refused the write (e.g. two organisers saving the same slug at once). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
