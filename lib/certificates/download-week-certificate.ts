import type { PrismaClient } from "../prisma-client";
import { certificateDownloadResponse } from "./certificate-download";
import { issueWeekCertificate, type Caller } from "./issue-certificate";

/**
 * The PDF of the caller's certificate listing every session of one week they
 * attended, named after the week. Throws CertificateNotFoundError when it is
 * not theirs to have.
 */
export async function downloadWeekCertificate(db: PrismaClient, caller: Caller, input: { eventId: string }, siteUrl: string): Promise<Response> {
  const certificate = await issueWeekCertificate(db, caller, input);
  const event = await db.event.findUnique({ where: { id: certificate.eventId }, select: { slug: true } });
  return certificateDownloadResponse(certificate, siteUrl, `certificate-${event?.slug ?? certificate.code}-week`);
}
