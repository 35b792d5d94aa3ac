import "server-only";
import type { CurrentUser } from "../../auth/current-user";
import type { PrismaClient } from "../../prisma-client";
import { assertOrganiser } from "../authorise";

/** How many registration emails failed for good: the dashboard's pointer to the emails page. Organisers only. */
export async function countFailedEmails(db: PrismaClient, actor: CurrentUser): Promise<number> {
  assertOrganiser(actor);
  return db.emailDelivery.count({ where: { status: "FAILED" } });
}
