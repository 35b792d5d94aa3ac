import { assertOrganiser } from "../admin/authorise";
import type { CurrentUser } from "../auth/current-user";
import type { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../prisma-client";

export const CERTIFICATE_LIST_LIMIT = 100;

export type CertificateListItem = {
  id: string;
  code: string;
  kind: "SESSION" | "WEEK";
  holderName: string;
  title: string;
  /** The Welsh title, when the session or week had one at issue (Certificate.titleCy). */
  titleCy: string | null;
  eventTitle: string;
  startsAt: Date;
  timeZone: string;
  hours: number;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
};

/** What organisers see of a certificate, in the list and on the revoke confirmation. */
export const certificateListSelect = {
  id: true,
  code: true,
  kind: true,
  holderName: true,
  title: true,
  titleCy: true,
  eventTitle: true,
  startsAt: true,
  timeZone: true,
  hours: true,
  issuedAt: true,
  revokedAt: true,
  revokedReason: true,
} as const;

/** Organisers: issued certificates, newest first, optionally matching a holder's name, a code or a title (English or Welsh). */
export async function listCertificates(
  db: PrismaClient,
  actor: CurrentUser,
  input: { query?: string },
): Promise<{ certificates: CertificateListItem[]; more: boolean }> {
  assertOrganiser(actor);
  const query = input.query?.trim() ?? "";
  const where: Prisma.CertificateWhereInput = query
    ? {
        OR: [
          { holderName: { contains: query, mode: "insensitive" } },
          { title: { contains: query, mode: "insensitive" } },
          { titleCy: { contains: query, mode: "insensitive" } },
          { eventTitle: { contains: query, mode: "insensitive" } },
          { code: { contains: query.replace(/\s+/g, "").toUpperCase() } },
        ],
      }
    : {};
  const rows = await db.certificate.findMany({
    where,
    orderBy: [{ issuedAt: "desc" }, { id: "asc" }],
    take: CERTIFICATE_LIST_LIMIT + 1,
    select: certificateListSelect,
  });
  return {
    certificates: rows.slice(0, CERTIFICATE_LIST_LIMIT).map((row) => ({ ...row, hours: Number(row.hours.toString()) })),
    more: rows.length > CERTIFICATE_LIST_LIMIT,
  };
}
