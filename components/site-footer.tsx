import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("site.footer");
  return (
    <footer className="mt-16 border-t-4 border-brand bg-panel">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8 text-sm text-muted">
        <p className="max-w-prose">{t("about")}</p>
        <p className="max-w-prose">{t("views")}</p>
        <p>
          <a href="/sitemap.xml">{t("sitemap")}</a>
        </p>
      </div>
    </footer>
  );
}
