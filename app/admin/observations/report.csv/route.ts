import { getTranslations } from "next-intl/server";
import { csvResponse, plainTextResponse } from "@/lib/admin/csv/write-csv";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";
import { exportObservationsCsv } from "@/lib/observations/export-observations-csv";

export const dynamic = "force-dynamic";

/** A week's observations and reflections as CSV (?event=<slug>). Organisers only: 401/403 rather than a redirect, as it is a download. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  const t = await getTranslations("observations.admin.csv");
  if (!user) return plainTextResponse(401, t("unauthorised"));
  if (user.role !== "ORGANISER") return plainTextResponse(403, t("forbidden"));
  const slug = new URL(request.url).searchParams.get("event") ?? "";
  const file = /^[a-z0-9-]{1,120}$/.test(slug) ? await exportObservationsCsv(prisma, user, slug, await pageLocale()) : null;
  if (!file) return plainTextResponse(404, t("notFound"));
  return csvResponse(file.filename, file.body);
}
