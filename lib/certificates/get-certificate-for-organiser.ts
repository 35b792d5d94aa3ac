import { assertOrganiser } from "../admin/authorise";
import type { CurrentUser } from "../auth/current-user";
import type { PrismaClient } from "../prisma-client";
import { certificateListSelect, type CertificateListItem } from "./list-certificates";

/** Organisers: one certificate, for the revoke confirmation page. */
export async function getCertificateForOrganiser(db: PrismaClient, actor: CurrentUser, input: { certificateId: string }): Promise<CertificateListItem | null> {
  assertOrganiser(actor);
  const row = await db.certificate.findUnique({
    where: { id: input.certificateId },
    select: certificateListSelect,
  });
  return row ? { ...row, hours: Number(row.hours.toString()) } : null;
}
