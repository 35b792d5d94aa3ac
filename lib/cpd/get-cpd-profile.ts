import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";
import { standardsFor } from "./standards/registry";

/** The caller's name, regulator, registration number and language, and their regulator's standards. */
export async function getCpdProfile(db: PrismaClient, caller: CpdCaller) {
  const user = await db.user.findUniqueOrThrow({ where: { id: caller.id }, select: { name: true, regulator: true, registrationNumber: true, language: true } });
  return { ...user, standards: standardsFor(user.regulator) };
}
