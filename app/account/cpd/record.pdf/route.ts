import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { downloadResponse, signInFirst } from "@/lib/cpd/export/download-response";
import { getCpdExport } from "@/lib/cpd/export/get-cpd-export";
import { renderCpdRecordPdf } from "@/lib/cpd/export/render-cpd-record-pdf";
import { recordFilterOf } from "@/lib/cpd/record-filter";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** The signed-in person's own CPD record (?from=&to= as on the page) as an A4 PDF summary. */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return signInFirst();
  const data = await getCpdExport(prisma, user, recordFilterOf(Object.fromEntries(request.nextUrl.searchParams)));
  return downloadResponse(await renderCpdRecordPdf(data), "application/pdf", "cpd-record.pdf");
}
