import { useTranslations } from "next-intl";
import { ListTable } from "@/components/admin/list-controls";
import { Link } from "@/components/locale-link";
import type { WelshGap, WelshGapKind } from "@/lib/admin/dashboard/missing-welsh";

const editPage: Record<WelshGapKind, (gap: WelshGap) => string> = {
  event: ({ id }) => `/admin/events/${id}`,
  theme: ({ id }) => `/admin/themes/${id}`,
  session: ({ id }) => `/admin/sessions/${id}`,
  speaker: ({ id }) => `/admin/speakers/${id}`,
  resource: ({ id, sessionId }) => `/admin/sessions/${encodeURIComponent(sessionId ?? "")}/resources?edit=${encodeURIComponent(id)}#resource-form-heading`,
};

/**
 * The records of a week with English but no Welsh beside it, each linking to
 * the page where the Welsh is written: on the dashboard, and when publishing.
 */
export function MissingWelshTable({ gaps, empty }: { gaps: WelshGap[]; empty: string }) {
  const t = useTranslations("admin.dashboard.welsh");
  return (
    <ListTable
      count={gaps.length}
      empty={empty}
      label={t("tableLabel")}
      caption={t("caption")}
      columns={[{ label: t("columns.record") }, { label: t("columns.kind") }, { label: t("columns.fields") }]}
    >
      {gaps.map((gap) => (
        <tr key={`${gap.kind}-${gap.id}`}>
          <th scope="row">
            {/* Titles as written in English (that is what is missing in Welsh); a person's name is in no language. */}
            <Link href={editPage[gap.kind](gap)} lang={gap.kind === "speaker" ? undefined : "en"}>
              {gap.name}
            </Link>
          </th>
          <td>{t(`kinds.${gap.kind}`)}</td>
          {/* A plain comma list: Intl's Welsh "and" comes out as "a(c)". */}
          <td>{gap.fields.map((field) => t(`fields.${field}`)).join(", ")}</td>
        </tr>
      ))}
    </ListTable>
  );
}
