import { getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import type { ProgrammePage } from "@/lib/programme/programme-paging";

type Props = {
  page: Pick<ProgrammePage<unknown>, "page" | "pageCount">;
  /** The address of page `n` with the same filters. */
  hrefFor: (page: number) => string;
};

/** Previous and next links of a programme in pages, as plain links (no JavaScript needed). */
export async function ProgrammePagination({ page, hrefFor }: Props) {
  if (page.pageCount <= 1) return null;
  const t = await getTranslations("programme.pagination");
  return (
    <nav aria-label={t("label")} className="no-print mt-8 flex flex-wrap items-center gap-x-6 gap-y-3">
      {page.page > 1 ? (
        <Link href={hrefFor(page.page - 1)} rel="prev" className="inline-block py-2">
          {t("previous")}
          <span className="sr-only">: {t("pageOf", { page: page.page - 1, pages: page.pageCount })}</span>
        </Link>
      ) : null}
      <span>{t("pageOf", { page: page.page, pages: page.pageCount })}</span>
      {page.page < page.pageCount ? (
        <Link href={hrefFor(page.page + 1)} rel="next" className="inline-block py-2">
          {t("next")}
          <span className="sr-only">: {t("pageOf", { page: page.page + 1, pages: page.pageCount })}</span>
        </Link>
      ) : null}
    </nav>
  );
}
