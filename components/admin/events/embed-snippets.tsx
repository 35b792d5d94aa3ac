import { useTranslations } from "next-intl";
import { embedSnippet } from "@/lib/embed/embed-snippet";
import { siteUrl } from "@/lib/env";
import { languageNames } from "@/lib/i18n/locales";

type Props = {
  event: { slug: string; title: string; titleCy: string | null; embedOrigins: string[] };
  published: boolean;
};

/** The iframe code for the week's programme, in English and in Welsh, to copy into another website. */
export function EmbedSnippets({ event, published }: Props) {
  const t = useTranslations("admin.events.embed");
  return (
    <div className="mt-6 max-w-2xl space-y-3">
      <h3 className="text-xl">{t("snippetHeading")}</h3>
      {event.embedOrigins.length === 0 ? <p className="font-bold">{t("noOrigins")}</p> : null}
      {published ? null : <p className="font-bold">{t("notPublished")}</p>}
      <p>{t("snippetIntro")}</p>
      {(["en", "cy"] as const).map((locale) => {
        const id = `embed-snippet-${locale}`;
        const label = `${t("snippetLabel")} (${languageNames[locale]})`;
        return (
          <div key={locale}>
            <label htmlFor={id} className="field-label">
              {label}
            </label>
            <textarea
              id={id}
              readOnly
              rows={4}
              className="field-control font-mono text-sm"
              spellCheck={false}
              value={embedSnippet({ siteUrl: siteUrl(), slug: event.slug, locale, title: locale === "cy" ? (event.titleCy ?? event.title) : event.title })}
            />
          </div>
        );
      })}
    </div>
  );
}
