import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListControls, ListTable, ResultCount } from "@/components/admin/list-controls";
import { SelectField } from "@/components/forms/fields";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { findEventChoice, listEventChoices } from "@/lib/admin/events/list-events";
import { listThemes, parseThemeListQuery, themeSorts } from "@/lib/admin/themes/list-themes";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.themes.list");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminThemesPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/themes");
  const params = await searchParams;
  const query = parseThemeListQuery(params);
  const [events, t, tCommon] = await Promise.all([listEventChoices(prisma, organiser), getTranslations("admin.themes"), getTranslations("admin.common")]);
  const event = findEventChoice(events, query.event);
  const themes = await listThemes(prisma, organiser, { ...query, event: event?.id ?? "" });
  const sortLabel = t(`list.sort.${query.sort}`);
  const empty = query.q ? t("list.noMatches", { q: query.q }) : event ? t("list.emptyForEvent") : t("list.empty");
  return (
    <>
      <PageHeading title={t("list.heading")} caption={event?.title} lead={<p>{t("list.intro")}</p>} />
      <SuccessNotice message={params.deleted === "1" ? t("list.deleted") : undefined} />
      <p className="mb-6">
        {events.length === 0 ? (
          t("list.noEvents")
        ) : (
          <Link href={event ? `/admin/themes/new?event=${event.id}` : "/admin/themes/new"} className="button">
            {t("list.newTheme")}
          </Link>
        )}
      </p>
      <ListControls
        action="/admin/themes"
        heading={t("list.searchHeading")}
        searchLabel={t("list.searchLabel")}
        searchHint={t("list.searchHint")}
        q={query.q}
        sortLabel={t("list.sortLabel")}
        sort={query.sort}
        sortOptions={themeSorts.map((value) => ({ value, label: t(`list.sort.${value}`) }))}
        submitLabel={t("list.show")}
        clearLabel={t("list.clear")}
      >
        <SelectField
          name="event"
          label={t("list.eventLabel")}
          defaultValue={event?.id ?? ""}
          className="w-full"
          options={[{ value: "", label: t("list.allEvents") }, ...events.map((choice) => ({ value: choice.id, label: choice.title }))]}
        />
      </ListControls>
      <ResultCount>{tCommon("resultCount", { count: themes.length })}</ResultCount>
      <ListTable
        count={themes.length}
        empty={empty}
        label={t("list.tableLabel")}
        caption={event ? t("list.captionForEvent", { event: event.title, sort: sortLabel }) : t("list.caption", { sort: sortLabel })}
        columns={[
          { label: t("list.name") },
          { label: t("list.event") },
          { label: t("list.position"), numeric: true },
          { label: t("list.colour") },
          { label: t("list.sessions"), numeric: true },
        ]}
      >
        {themes.map((theme) => (
          <tr key={theme.id}>
            <th scope="row">
              <span className="inline-flex items-center gap-2">
                <span aria-hidden="true" className="inline-block h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: theme.colour }} />
                <Link href={`/admin/themes/${theme.id}`}>{theme.name}</Link>
              </span>
            </th>
            <td>{theme.event.title}</td>
            <td className="numeric">{theme.position}</td>
            <td>
              <code>{theme.colour}</code>
            </td>
            <td className="numeric">{theme.sessionCount}</td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
