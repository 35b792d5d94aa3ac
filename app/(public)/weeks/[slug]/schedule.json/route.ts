import { siteUrl } from "@/lib/env";
import { publicFileNotFound, publicFileResponse } from "@/lib/http/public-file-response";
import { pageLocale } from "@/lib/i18n/page-locale";
import { frabScheduleJsonText } from "@/lib/schedule/frab-schedule-json";
import { getWeekSchedule } from "@/lib/schedule/get-week-schedule";

// A published week's programme as a Frab schedule (JSON) for conference apps;
// under /cy, in Welsh where the organisers wrote it.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const locale = await pageLocale();
  const schedule = await getWeekSchedule((await params).slug, { locale, siteUrl: siteUrl() });
  if (!schedule) return publicFileNotFound("Week");
  return publicFileResponse(request, frabScheduleJsonText(schedule), "application/json; charset=utf-8", { "content-language": locale });
}
