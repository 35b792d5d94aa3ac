import { getTranslations } from "next-intl/server";
import { csvResponse, plainTextResponse } from "@/lib/admin/csv/write-csv";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { feedbackCsv } from "@/lib/feedback/feedback-csv";
import { getSessionFeedbackReport } from "@/lib/feedback/get-feedback-report";
import { translatorFor } from "@/lib/i18n/catalogue";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

/** One session's feedback as CSV (the written answers only from 3 answers up). Organisers only: 401/403 rather than a redirect, as it is a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const user = await getCurrentUser();
  const t = await getTranslations("admin.registrations.csv");
  if (!user) return plainTextResponse(401, t("unauthorised"));
  if (user.role !== "ORGANISER") return plainTextResponse(403, t("forbidden"));
  const report = await getSessionFeedbackReport(prisma, user, (await params).sessionId);
  if (!report) return plainTextResponse(404, t("notFound"));
  const body = feedbackCsv(translatorFor(await pageLocale()), report.session.title, report.attended, report.summary);
  return csvResponse(`feedback-${report.session.slug}.csv`, body);
}
