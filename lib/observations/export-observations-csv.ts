import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { csvFilename, writeCsv, type CsvCell } from "../admin/csv/write-csv";
import type { CurrentUser } from "../auth/current-user";
import { translatorFor } from "../i18n/catalogue";
import { contentTextIn } from "../i18n/content";
import type { AppLocale } from "../i18n/locales";
import type { PrismaClient } from "../prisma-client";
import { listObservationReport } from "./list-observations";

/** A week's observations and reflections as CSV for the quality-assurance report, in the page's language (organisers only). */
export async function exportObservationsCsv(db: PrismaClient, actor: CurrentUser, eventSlug: string, locale: AppLocale = "en") {
  const event = await db.event.findUnique({ where: { slug: eventSlug }, select: { id: true, slug: true, timeZone: true } });
  if (!event) return null;
  const rows = await listObservationReport(db, actor, event.id);
  const t = translatorFor(locale);
  const local = (instant: Date, pattern: string) => format(new TZDate(instant, event.timeZone), pattern);
  const header: CsvCell[] = (
    [
      "date",
      "start",
      "end",
      "team",
      "activity",
      "host",
      "observer",
      "observerEmail",
      "observerRole",
      "reflectedAt",
      "workingWell",
      "couldBeBetter",
      "themes",
      "followUp",
    ] as const
  ).map((key) => t(`observations.admin.csv.${key}`));
  const body: CsvCell[][] = rows.map((row) => [
    local(row.slot.startsAt, "yyyy-MM-dd"),
    local(row.slot.startsAt, "HH:mm"),
    local(row.slot.endsAt, "HH:mm"),
    contentTextIn(locale, row.slot.opportunity.team, row.slot.opportunity.teamCy),
    t(`observations.activityLabels.${row.slot.opportunity.activity}`),
    row.slot.opportunity.hostName,
    row.user.name,
    row.user.email,
    row.user.jobRole,
    row.reflectedAt ? local(row.reflectedAt, "yyyy-MM-dd HH:mm") : null,
    row.workingWell,
    row.couldBeBetter,
    row.themes,
    row.followUp,
  ]);
  return { filename: csvFilename("observations", event.slug), body: writeCsv([header, ...body]) };
}
