import type { PrismaClient } from "../prisma-client";
import { certificateDownloadResponse } from "./certificate-download";
import { issueSessionCertificate, type Caller } from "./issue-certificate";

/**
 * The PDF of the caller's certificate for one attended session (issued on the
 * first download, the same one afterwards), named after the session. Throws
 * CertificateNotFoundError when it is not theirs to have.
 */
export async function downloadSessionCertificate(db: PrismaClient, caller: Caller, input: { registrationId: string }, siteUrl: string): Promise<Response> {
  const certificate = await issueSessionCertificate(db, caller, input);
  const session = await db.session.findUnique({ where: { id: certificate.sessionId ?? "" }, select: { slug: true } });
  return certificateDownloadResponse(certificate, siteUrl, `certificate-${session?.slug ?? certificate.code}`);
}
