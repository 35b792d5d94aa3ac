import { useTranslations } from "next-intl";
import { PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";

export function SiteFooter() {
  const t = useTranslations("site.footer");
  const tPrivacy = useTranslations("privacy.footer");
  const tDevelopers = useTranslations("developers");
  return (
    <footer className="mt-16 border-t-4 border-brand bg-panel">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8 text-sm text-muted">
        <p className="max-w-prose">{t("about")}</p>
        <p className="max-w-prose">{t("views")}</p>
        <nav aria-label={tPrivacy("label")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/privacy">{tPrivacy("privacy")}</Link>
            </li>
            <li>
              <Link href="/accessibility">{tPrivacy("accessibility")}</Link>
            </li>
            <li>
              <Link href="/developers">{tDevelopers("footerLink")}</Link>
            </li>
            <li>
              <PlainLink href="/sitemap.xml">{t("sitemap")}</PlainLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
