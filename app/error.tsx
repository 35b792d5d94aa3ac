"use client";

import { useTranslations } from "next-intl";

// Shown instead of a stack trace when a page fails (for example while the
// database is unreachable); the details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-3xl">{t("heading")}</h1>
      <p className="text-lg">{t("body")}</p>
      <button type="button" className="button" onClick={() => reset()}>
        {t("retry")}
      </button>
    </div>
  );
}
