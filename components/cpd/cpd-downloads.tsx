import { getTranslations } from "next-intl/server";
import { PlainLink } from "@/components/locale-anchor";

/** Links to the record's exports, carrying the page's date filter. */
export async function CpdDownloads({ query }: { query: string }) {
  const t = await getTranslations("cpd.export");
  return (
    <section aria-labelledby="downloads-heading" className="mb-10">
      <h2 id="downloads-heading" className="mb-2 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-3">{t("intro")}</p>
      <ul className="space-y-2">
        <li>
          <PlainLink href={`/account/cpd/record.csv${query}`} download>
            {t("csv")}
          </PlainLink>
        </li>
        <li>
          <PlainLink href={`/account/cpd/record.txt${query}`} download>
            {t("text")}
          </PlainLink>
        </li>
        <li>
          <PlainLink href={`/account/cpd/record.pdf${query}`} download>
            {t("pdf")}
          </PlainLink>
        </li>
      </ul>
    </section>
  );
}
