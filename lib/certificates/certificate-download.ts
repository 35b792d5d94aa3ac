import type { Certificate } from "../generated/prisma/client";
import { gatherCertificatePdfData, renderCertificatePdf } from "./render-certificate-pdf";

/** The HTTP response for a certificate download: a private PDF attachment, never cached. */
export async function certificateDownloadResponse(certificate: Certificate, siteUrl: string, filename: string): Promise<Response> {
  const pdf = await renderCertificatePdf(gatherCertificatePdfData(certificate, siteUrl));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${filename.replace(/[^a-z0-9-]/gi, "-")}.pdf"`,
      "content-length": String(pdf.length),
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
