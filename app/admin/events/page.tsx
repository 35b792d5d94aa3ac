import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ListControls, ListTable, ResultCount } from "@/components/admin/list-controls";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { eventSorts, listEvents, parseEventListQuery } from "@/lib/admin/events/list-events";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { formatDateRange } from "@/lib/programme/event-time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.events.list");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminEventsPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/events");
  const params = await searchParams;
  const query = parseEventListQuery(params);
  const [events, t, tCommon] = await Promise.all([listEvents(prisma, organiser, query), getTranslations("admin.events"), getTranslations("admin.common")]);
  const dates = dateLocale(await getLocale());
  const sortLabel = t(`list.sort.${query.sort}`);
  return (
    <>
      <PageHeading title={t("list.heading")} lead={<p>{t("list.intro")}</p>} />
      <SuccessNotice message={params.deleted === "1" ? t("list.deleted") : undefined} />
      <p className="mb-6">
        <Link href="/admin/events/new" className="button">
          {t("list.newWeek")}
        </Link>
      </p>
      <ListControls
        action="/admin/events"
        heading={t("list.searchHeading")}
        searchLabel={t("list.searchLabel")}
        searchHint={t("list.searchHint")}
        q={query.q}
        sortLabel={t("list.sortLabel")}
        sort={query.sort}
        sortOptions={eventSorts.map((value) => ({ value, label: t(`list.sort.${value}`) }))}
        submitLabel={t("list.show")}
        clearLabel={t("list.clear")}
      />
      <ResultCount>{tCommon("resultCount", { count: events.length })}</ResultCount>
      <ListTable
        count={events.length}
        empty={query.q ? t("list.noMatches", { q: query.q }) : t("list.empty")}
        label={t("list.tableLabel")}
        caption={t("list.caption", { sort: sortLabel })}
        columns={[
          { label: t("list.title") },
          { label: t("list.dates") },
          { label: t("list.when") },
          { label: t("list.sessions"), numeric: true },
          { label: t("list.publication") },
        ]}
      >
        {events.map((event) => (
          <tr key={event.id}>
            <th scope="row">
              <Link href={`/admin/events/${event.id}`}>{event.title}</Link>
            </th>
            <td className="whitespace-nowrap">{formatDateRange(event.startDate, event.endDate, dates)}</td>
            <td>{t(`timing.${event.timing}`)}</td>
            <td className="numeric">{event.sessionCount}</td>
            <td>
              <span className={`tag ${event.status === "PUBLISHED" ? "bg-success text-white" : "border border-ink"}`}>{t(`status.${event.status}`)}</span>
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
