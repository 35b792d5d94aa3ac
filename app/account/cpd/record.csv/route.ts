import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { cpdRecordCsv } from "@/lib/cpd/export/cpd-record-csv";
import { downloadResponse, signInFirst } from "@/lib/cpd/export/download-response";
import { getCpdExport } from "@/lib/cpd/export/get-cpd-export";
import { recordFilterOf } from "@/lib/cpd/record-filter";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** The signed-in person's own CPD record (?from=&to= as on the page) as CSV (UTF-8 with a byte-order mark, CRLF, formula-guarded). */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return signInFirst();
  const data = await getCpdExport(prisma, user, recordFilterOf(Object.fromEntries(request.nextUrl.searchParams)));
  return downloadResponse(cpdRecordCsv(data), "text/csv; charset=utf-8", "cpd-record.csv");
}
