import { getCurrentUser } from "@/lib/auth/current-user";
import { downloadResponse, signInFirst } from "@/lib/cpd/export/download-response";
import { getSampleCheckExport } from "@/lib/cpd/export/get-sample-check-export";
import { sampleCheckText } from "@/lib/cpd/export/sample-check-text";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** The signed-in person's own record for their current registration period, laid out for a regulator's sample check, as plain text. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return signInFirst();
  const data = await getSampleCheckExport(prisma, user);
  return downloadResponse(sampleCheckText(data), "text/plain; charset=utf-8", "cpd-sample-check.txt");
}
