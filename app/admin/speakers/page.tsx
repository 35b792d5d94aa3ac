import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListControls, ListTable, ResultCount } from "@/components/admin/list-controls";
import { ContentText } from "@/components/content-text";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { listSpeakers, parseSpeakerListQuery, speakerSorts } from "@/lib/admin/speakers/list-speakers";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.speakers.list");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminSpeakersPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/speakers");
  const params = await searchParams;
  const query = parseSpeakerListQuery(params);
  const [speakers, t, tCommon] = await Promise.all([
    listSpeakers(prisma, organiser, query),
    getTranslations("admin.speakers"),
    getTranslations("admin.common"),
  ]);
  const sortLabel = t(`list.sort.${query.sort}`);
  return (
    <>
      <PageHeading title={t("list.heading")} lead={<p>{t("list.intro")}</p>} />
      <SuccessNotice message={params.deleted === "1" ? t("list.deleted") : undefined} />
      <p className="mb-6">
        <Link href="/admin/speakers/new" className="button">
          {t("list.newSpeaker")}
        </Link>
      </p>
      <ListControls
        action="/admin/speakers"
        heading={t("list.searchHeading")}
        searchLabel={t("list.searchLabel")}
        searchHint={t("list.searchHint")}
        q={query.q}
        sortLabel={t("list.sortLabel")}
        sort={query.sort}
        sortOptions={speakerSorts.map((value) => ({ value, label: t(`list.sort.${value}`) }))}
        submitLabel={t("list.show")}
        clearLabel={t("list.clear")}
      />
      <ResultCount>{tCommon("resultCount", { count: speakers.length })}</ResultCount>
      <ListTable
        count={speakers.length}
        empty={query.q ? t("list.noMatches", { q: query.q }) : t("list.empty")}
        label={t("list.tableLabel")}
        caption={t("list.caption", { sort: sortLabel })}
        columns={[{ label: t("list.name") }, { label: t("list.role") }, { label: t("list.organisation") }, { label: t("list.sessions"), numeric: true }]}
      >
        {speakers.map((speaker) => (
          <tr key={speaker.id}>
            <th scope="row">
              <Link href={`/admin/speakers/${speaker.id}`}>{speaker.name}</Link>
            </th>
            <td>{speaker.role ? <ContentText en={speaker.role} cy={speaker.roleCy} /> : <span className="text-muted">{t("list.none")}</span>}</td>
            <td>
              {speaker.organisation ? (
                <ContentText en={speaker.organisation} cy={speaker.organisationCy} />
              ) : (
                <span className="text-muted">{t("list.none")}</span>
              )}
            </td>
            <td className="numeric">{speaker.sessionCount}</td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
