import { getTranslations } from "next-intl/server";
import { csvResponse, plainTextResponse } from "@/lib/admin/csv/write-csv";
import { exportSessionRegistrationsCsv } from "@/lib/admin/registrations/export-registrations-csv";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

/** One session's registrations and attendance as CSV. Organisers only: 401/403 rather than a redirect, as it is a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const user = await getCurrentUser();
  const t = await getTranslations("admin.registrations.csv");
  if (!user) return plainTextResponse(401, t("unauthorised"));
  if (user.role !== "ORGANISER") return plainTextResponse(403, t("forbidden"));
  const file = await exportSessionRegistrationsCsv(prisma, user, (await params).sessionId, await pageLocale());
  if (!file) return plainTextResponse(404, t("notFound"));
  return csvResponse(file.filename, file.body);
}
