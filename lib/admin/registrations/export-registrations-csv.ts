import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { CurrentUser } from "../../auth/current-user";
import type { Prisma } from "../../generated/prisma/client";
import { translatorFor } from "../../i18n/catalogue";
import { contentTextIn } from "../../i18n/content";
import type { AppLocale } from "../../i18n/locales";
import type { PrismaClient } from "../../prisma-client";
import { sessionCpdHours } from "../../programme/cpd-hours";
import { assertOrganiser } from "../authorise";
import { csvFilename, writeCsv, type CsvCell } from "../csv/write-csv";

// Registrations (and attendance) as a spreadsheet, for one session or a whole
// week: one row per registration, including the waiting list and
// cancellations, so the file answers "who came" and "who wanted to". In the
// language of the page the organiser downloaded it from (headings, statuses,
// and the Welsh session titles where written).

export type CsvExport = { filename: string; body: string };

const csvRegistrationSelect = {
  id: true,
  sessionId: true,
  status: true,
  attendance: true,
  createdAt: true,
  user: { select: { name: true, email: true, organisation: true, jobRole: true, regulator: true, registrationNumber: true } },
  session: { select: { title: true, titleCy: true, startsAt: true, endsAt: true, cpdHours: true, event: { select: { timeZone: true } } } },
} satisfies Prisma.RegistrationSelect;

type CsvRegistration = Prisma.RegistrationGetPayload<{ select: typeof csvRegistrationSelect }>;

export async function exportSessionRegistrationsCsv(
  db: PrismaClient,
  actor: CurrentUser,
  sessionId: string,
  locale: AppLocale = "en",
): Promise<CsvExport | null> {
  assertOrganiser(actor);
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { id: true, slug: true } });
  if (!session) return null;
  const rows = await loadRegistrations(db, { sessionId: session.id });
  return { filename: csvFilename("registrations", session.slug), body: registrationsCsv(rows, locale) };
}

export async function exportEventRegistrationsCsv(db: PrismaClient, actor: CurrentUser, eventId: string, locale: AppLocale = "en"): Promise<CsvExport | null> {
  assertOrganiser(actor);
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, slug: true } });
  if (!event) return null;
  const rows = await loadRegistrations(db, { session: { eventId: event.id } });
  return { filename: csvFilename("registrations", event.slug), body: registrationsCsv(rows, locale) };
}

function loadRegistrations(db: PrismaClient, where: Prisma.RegistrationWhereInput) {
  return db.registration.findMany({
    where,
    // By session in programme order; within it confirmed, waiting (in turn), cancelled (enum order).
    orderBy: [
      { session: { startsAt: "asc" } },
      { session: { title: "asc" } },
      { sessionId: "asc" },
      { status: "asc" },
      { waitlistPosition: { sort: "asc", nulls: "last" } },
      { createdAt: "asc" },
      { id: "asc" },
    ],
    select: csvRegistrationSelect,
  });
}

/** The file's text from loaded registrations (already in order). */
export function registrationsCsv(registrations: CsvRegistration[], locale: AppLocale = "en"): string {
  const t = translatorFor(locale);
  const c = (key: Parameters<typeof t>[0]) => t(key);
  const header = [
    c("admin.registrations.csv.session"),
    c("admin.registrations.csv.date"),
    c("admin.registrations.csv.start"),
    c("admin.registrations.csv.name"),
    c("admin.registrations.csv.email"),
    c("admin.registrations.csv.organisation"),
    c("admin.registrations.csv.jobRole"),
    c("admin.registrations.csv.regulator"),
    c("admin.registrations.csv.registrationNumber"),
    c("admin.registrations.csv.status"),
    c("admin.registrations.csv.waitlistPosition"),
    c("admin.registrations.csv.registeredAt"),
    c("admin.registrations.csv.attendance"),
    c("admin.registrations.csv.cpdHours"),
  ];
  // Waiting-list places counted from 1 in each session, as the admin page shows them.
  const waitingRank = new Map<string, number>();
  const rows: CsvCell[][] = registrations.map((registration) => {
    const { session, user } = registration;
    const zone = session.event.timeZone;
    const local = (instant: Date, pattern: string) => format(new TZDate(instant, zone), pattern);
    let position: number | null = null;
    if (registration.status === "WAITLISTED") {
      position = (waitingRank.get(registration.sessionId) ?? 0) + 1;
      waitingRank.set(registration.sessionId, position);
    }
    // Attendance belongs to confirmed places; on other rows it shows only if it was ever marked.
    const showAttendance = registration.status === "CONFIRMED" || registration.attendance !== "UNMARKED";
    return [
      contentTextIn(locale, session.title, session.titleCy),
      local(session.startsAt, "yyyy-MM-dd"),
      local(session.startsAt, "HH:mm"),
      user.name,
      user.email,
      user.organisation,
      user.jobRole,
      t(`account.regulators.${user.regulator}`),
      user.registrationNumber,
      t(`admin.registrations.csv.statuses.${registration.status}`),
      position,
      local(registration.createdAt, "yyyy-MM-dd HH:mm"),
      showAttendance ? t(`admin.registrations.attendance.${registration.attendance}`) : null,
      sessionCpdHours(session),
    ];
  });
  return writeCsv([header, ...rows]);
}
