import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SessionStatusTag } from "@/components/admin/sessions/session-status-tag";
import { ContentText } from "@/components/content-text";
import { SelectField } from "@/components/forms/fields";
import { SuccessNotice } from "@/components/forms/success-notice";
import { TextField } from "@/components/forms/text-field";
import { GetForm } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { TableRegion } from "@/components/table-region";
import { listAdminSessions } from "@/lib/admin/sessions/list-admin-sessions";
import { parseSessionListFilters, sessionSorts, type SessionSort } from "@/lib/admin/sessions/session-list-filters";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDateRange, formatShortDay, formatTimeRange, localDayKey, timeZoneAbbreviation } from "@/lib/programme/event-time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.sessions");
  return { title: t("metaTitle") };
}

const sortKey = { start: "sortStart", title: "sortTitle", registrations: "sortRegistrations", fill: "sortFill" } as const satisfies Record<SessionSort, string>;

export default async function AdminSessionsPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/sessions");
  const params = await searchParams;
  const filters = parseSessionListFilters(params);
  const { events, event, themes, sessions, totalInWeek } = await listAdminSessions(prisma, organiser, filters);
  const t = await getTranslations("admin.sessions");
  const dates = dateLocale(await getLocale());
  const language = await pageLocale();
  const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  const deleted = typeof params.deleted === "string" ? params.deleted : undefined;

  if (!event) {
    return (
      <>
        <PageHeading title={t("heading")} />
        <p>{t("noEvents")}</p>
      </>
    );
  }

  const timeZone = event.timeZone;
  const ariaSort = (column: SessionSort) => (filters.sort === column ? (column === "start" || column === "title" ? "ascending" : "descending") : undefined);

  return (
    <>
      <PageHeading title={t("heading")} caption={event.title} lead={<p>{t("lead")}</p>} />
      <SuccessNotice message={deleted ? t("deleted", { title: deleted }) : undefined} />
      <p className="mb-6">
        <Link href={`/admin/sessions/new?event=${encodeURIComponent(event.slug)}`} className="button">
          {t("newSession")}
        </Link>
      </p>

      <section aria-labelledby="filters-heading" className="mb-8 bg-panel p-4">
        <h2 id="filters-heading" className="mb-4 text-xl">
          {t("filters.heading")}
        </h2>
        <GetForm action="/admin/sessions" className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
          <SelectField
            name="event"
            label={t("filters.event")}
            options={events.map((option) => ({
              value: option.slug,
              label: t(option.status === "DRAFT" ? "filters.eventOptionDraft" : "filters.eventOption", {
                title: option.title,
                dates: formatDateRange(option.startDate, option.endDate, dates),
              }),
            }))}
            defaultValue={event.slug}
            className="w-full"
          />
          <SelectField
            name="status"
            label={t("filters.status")}
            options={[
              { value: "", label: t("filters.anyStatus") },
              ...(["DRAFT", "PUBLISHED", "CANCELLED"] as const).map((status) => ({ value: status.toLowerCase(), label: t(`status.${status}`) })),
            ]}
            defaultValue={filters.status?.toLowerCase() ?? ""}
            className="w-full"
          />
          <SelectField
            name="theme"
            label={t("filters.theme")}
            options={[
              { value: "", label: t("filters.anyTheme") },
              { value: "none", label: t("filters.noTheme") },
              ...themes.map((theme) => ({ value: theme.slug, label: theme.name })),
            ]}
            defaultValue={filters.theme}
            className="w-full"
          />
          <TextField name="q" type="search" label={t("filters.q")} defaultValue={filters.q} />
          <SelectField
            name="sort"
            label={t("filters.sort")}
            options={sessionSorts.map((sort) => ({ value: sort, label: t(`filters.${sortKey[sort]}`) }))}
            defaultValue={filters.sort}
            className="w-full"
          />
          <div className="flex flex-wrap items-center gap-4 self-end pb-5">
            <button type="submit" className="button">
              {t("filters.submit")}
            </button>
            <Link href={`/admin/sessions?event=${encodeURIComponent(event.slug)}`}>{t("filters.clear")}</Link>
          </div>
        </GetForm>
      </section>

      {totalInWeek === 0 ? (
        <p>{t("table.noneInWeek")}</p>
      ) : (
        <TableRegion label={t("table.region")}>
          <table className="data-table">
            <caption className="mb-2 text-left text-lg font-bold">
              {t("table.caption", { event: event.title, shown: sessions.length, total: totalInWeek, sort: t(`table.${sortKey[filters.sort]}`) })}
            </caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort("start")}>
                  {t("table.when", { timeZone })}
                </th>
                <th scope="col" aria-sort={ariaSort("title")}>
                  {t("table.session")}
                </th>
                <th scope="col">{t("table.status")}</th>
                <th scope="col" className="numeric" aria-sort={ariaSort("fill")}>
                  {t("table.places")}
                </th>
                <th scope="col" className="numeric" aria-sort={ariaSort("registrations")}>
                  {t("table.waiting")}
                </th>
                <th scope="col">{t("table.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.length === 0 ? (
                <tr>
                  <td colSpan={6}>{t("table.none")}</td>
                </tr>
              ) : (
                sessions.map((session) => (
                  <tr key={session.id}>
                    <td>
                      <time dateTime={session.startsAt.toISOString()}>
                        <span className="block whitespace-nowrap">{formatShortDay(localDayKey(session.startsAt, timeZone), dates)}</span>
                        <span className="block whitespace-nowrap">
                          {formatTimeRange(session.startsAt, session.endsAt, timeZone, dates)} {timeZoneAbbreviation(session.startsAt, timeZone)}
                        </span>
                      </time>
                    </td>
                    <th scope="row" className="min-w-56 font-normal">
                      <Link href={`/admin/sessions/${session.id}`} className="font-bold">
                        <ContentText en={session.title} cy={session.titleCy} />
                      </Link>
                      <p className="text-sm text-muted">
                        {session.theme ? <ContentText en={session.theme.name} cy={session.theme.nameCy} /> : t("table.noTheme")}
                      </p>
                    </th>
                    <td>
                      <SessionStatusTag status={session.status} label={t(`status.${session.status}`)} />
                    </td>
                    <td className="numeric whitespace-nowrap">
                      {session.capacity === null
                        ? t("table.unlimited", { confirmed: session.confirmed })
                        : t("table.placesValue", { confirmed: session.confirmed, capacity: session.capacity })}
                      {session.capacity !== null && session.confirmed >= session.capacity ? <span className="font-bold"> ({t("table.full")})</span> : null}
                    </td>
                    <td className="numeric">{session.waitlisted}</td>
                    <td>
                      <ul className="text-sm">
                        <li>
                          <Link href={`/admin/sessions/${session.id}`} className="inline-block py-1">
                            {t.rich("table.edit", { title: contentTextIn(language, session.title, session.titleCy), hidden })}
                          </Link>
                        </li>
                        <li>
                          <Link href={`/admin/sessions/${session.id}/registrations`} className="inline-block py-1">
                            {t.rich("table.registrations", { title: contentTextIn(language, session.title, session.titleCy), hidden })}
                          </Link>
                        </li>
                        <li>
                          <Link href={`/admin/sessions/${session.id}/attendance`} className="inline-block py-1">
                            {t.rich("table.attendance", { title: contentTextIn(language, session.title, session.titleCy), hidden })}
                          </Link>
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
