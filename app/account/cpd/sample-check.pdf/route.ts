import { getCurrentUser } from "@/lib/auth/current-user";
import { downloadResponse, signInFirst } from "@/lib/cpd/export/download-response";
import { getSampleCheckExport } from "@/lib/cpd/export/get-sample-check-export";
import { renderSampleCheckPdf } from "@/lib/cpd/export/render-sample-check-pdf";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** The signed-in person's own record for their current registration period, laid out for a regulator's sample check, as an A4 PDF. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return signInFirst();
  const data = await getSampleCheckExport(prisma, user);
  return downloadResponse(await renderSampleCheckPdf(data), "application/pdf", "cpd-sample-check.pdf");
}
