import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CalendarFeedLinks } from "@/components/calendar-feed-links";
import { ContentText } from "@/components/content-text";
import { PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { ProgrammeFiltersForm } from "@/components/programme-filters-form";
import { ProgrammePagination } from "@/components/programme-pagination";
import { SessionBookingAction } from "@/components/session-booking-action";
import { SessionCard } from "@/components/session-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { calendarSubscriptionUrl } from "@/lib/programme/calendar-subscription";
import { addPlaces } from "@/lib/programme/confirmed-counts";
import { eventDayKeys, formatDateRange, formatDayHeading, timeZoneAbbreviation } from "@/lib/programme/event-time";
import { groupByDay } from "@/lib/programme/group-by-day";
import { hasActiveFilters, parseProgrammeFilters } from "@/lib/programme/programme-filters";
import { programmePage, programmePageHref, requestedPage } from "@/lib/programme/programme-paging";
import { cachedCurrentEvent, cachedEventThemes, cachedProgrammeSessions, cachedPublishedEvent, serverDay } from "@/lib/programme/public-cache";
import { mapMyRegistrations } from "@/lib/registration/list-my-registrations";
import { weekShareImage } from "@/lib/seo/share-image";
import { sharingMetadata } from "@/lib/seo/sharing-metadata";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadEvent(searchParams: Record<string, string | string[] | undefined>) {
  const week = typeof searchParams.week === "string" ? searchParams.week : undefined;
  return week ? cachedPublishedEvent(week) : cachedCurrentEvent(serverDay());
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("programme");
  const event = await loadEvent(await searchParams);
  if (!event) return { title: t("heading") };
  const language = await pageLocale();
  const dates = formatDateRange(event.startDate, event.endDate, dateLocale(language));
  const eventTitle = contentTextIn(language, event.title, event.titleCy);
  const title = t("metaTitle", { title: eventTitle });
  const description = t("metaDescription", { title: eventTitle, dates });
  // Shared links show the week's image (lib/seo/render-open-graph-image.tsx), in the page's language.
  const image = weekShareImage(event, { siteUrl: siteUrl(), locale: language });
  return { title, description, ...sharingMetadata({ locale: language, title, description, image }) };
}

export default async function ProgrammePage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations();
  const language = await pageLocale();
  const locale = dateLocale(language);
  const event = await loadEvent(params);
  if (!event) notFound();

  const filters = parseProgrammeFilters(params);
  const week = typeof params.week === "string" ? params.week : undefined;
  // The listing is shared and cached; places left are counted now, for this request.
  const [themes, listed] = await Promise.all([cachedEventThemes(event.id), cachedProgrammeSessions({ id: event.id, timeZone: event.timeZone }, filters)]);
  // A large week comes in pages; places are counted for this page's sessions only.
  const paged = programmePage(listed, requestedPage(params));
  const sessions = await addPlaces(prisma, paged.items);
  const days = groupByDay(sessions, event.timeZone);
  const user = await getCurrentUser();
  const bookings = user
    ? await mapMyRegistrations(
        prisma,
        user.id,
        sessions.map((session) => session.id),
      )
    : undefined;
  const returnTo = `/programme${week ? `?week=${encodeURIComponent(week)}` : ""}`;
  const filtered = hasActiveFilters(filters);
  const zone = timeZoneAbbreviation(sessions[0]?.startsAt ?? event.startDate, event.timeZone);

  return (
    <>
      <PageHeading
        title={t("programme.heading")}
        caption={<ContentText en={event.title} cy={event.titleCy} />}
        lead={
          <p>
            {t("programme.intro", {
              title: contentTextIn(language, event.title, event.titleCy),
              dates: formatDateRange(event.startDate, event.endDate, locale),
            })}
          </p>
        }
      />
      <ProgrammeFiltersForm
        filters={filters}
        week={week}
        days={eventDayKeys(event.startDate, event.endDate).map((day) => ({ value: day, label: formatDayHeading(day, locale) }))}
        themes={themes.map((theme) => ({ value: theme.slug, label: contentTextIn(language, theme.name, theme.nameCy) }))}
      />

      <h2 className="mt-8 text-xl" id="results-heading">
        {filtered ? t("programme.resultCountFiltered", { count: paged.total }) : t("programme.resultCount", { count: paged.total })}
      </h2>
      {paged.pageCount > 1 ? (
        <p className="mb-2">
          {t("programme.pagination.status", { from: paged.from, to: paged.to, total: paged.total, page: paged.page, pages: paged.pageCount })}{" "}
          <span className="no-print">{t("programme.pagination.hint")}</span>
        </p>
      ) : null}
      <p className="mb-6 text-muted">{t("common.timeZoneNote", { zone: event.timeZone, abbreviation: zone })}</p>

      {sessions.length === 0 ? (
        <div className="border-l-4 border-brand bg-panel p-4">
          <p className="text-lg font-bold">{filtered ? t("programme.emptyTitle") : t("programme.noSessionsYet")}</p>
          {filtered ? (
            <>
              <p className="mb-2">{t("programme.emptyBody")}</p>
              <Link href={week ? `/programme?week=${encodeURIComponent(week)}` : "/programme"}>{t("programme.emptyClear")}</Link>
            </>
          ) : null}
        </div>
      ) : (
        days.map(({ day, sessions: daySessions }) => (
          <section key={day} aria-labelledby={`day-${day}`} className="mb-10">
            <h2 id={`day-${day}`} className="mb-2 text-2xl">
              {formatDayHeading(day, locale)}
            </h2>
            {daySessions.map((session) => (
              <SessionCard
                key={session.id}
                session={session}
                action={bookings ? <SessionBookingAction session={session} booking={bookings.get(session.id)} returnTo={returnTo} /> : undefined}
              />
            ))}
          </section>
        ))
      )}
      <ProgrammePagination page={paged} hrefFor={(page) => programmePageHref(params, page)} />
      <CalendarFeedLinks
        kind="week"
        feedPath={`/weeks/${event.slug}/calendar.ics`}
        subscribeHref={calendarSubscriptionUrl(siteUrl(), `/weeks/${event.slug}/calendar.ics`, language)}
      >
        <p className="mt-3 max-w-prose text-sm">
          {t.rich("calendarFeeds.scheduleFiles", {
            xml: (chunks) => <PlainLink href={`/weeks/${event.slug}/schedule.xml`}>{chunks}</PlainLink>,
            json: (chunks) => <PlainLink href={`/weeks/${event.slug}/schedule.json`}>{chunks}</PlainLink>,
          })}
        </p>
      </CalendarFeedLinks>
      <p className="no-print mt-8 text-sm text-muted">{t("programme.print")}</p>
    </>
  );
}
