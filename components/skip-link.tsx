import { useTranslations } from "next-intl";

export function SkipLink() {
  const t = useTranslations("site");
  return (
    <a href="#main-content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:inline-block focus:p-3">
      {t("skipLink")}
    </a>
  );
}
