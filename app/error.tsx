"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { useErrorTexts } from "@/components/error-texts";
import { localisePath } from "@/lib/i18n/locale-paths";

/**
 * Shown inside the site's layout when a page fails, for example while the
 * database is unreachable. It says what to do, never what went wrong: the
 * details (and the stack trace) stay in the server log, found by the digest.
 * "Try again" is a plain link to the same page, so it works without
 * JavaScript and reloads everything the page needs from the server.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  const texts = useErrorTexts();
  const t = (key: Exclude<keyof typeof texts, "locale">) => texts[key];
  const pathname = usePathname();
  return (
    <div className="max-w-prose space-y-4 text-lg">
      {/* The page's own metadata may be what failed; React puts this title in the head. */}
      <title>{t("metaTitle")}</title>
      <h1 className="text-3xl sm:text-4xl">{t("heading")}</h1>
      <p>{t("body")}</p>
      <p>{t("bookingHint")}</p>
      <p>
        <a href={pathname || "/"} className="button">
          {t("retry")}
        </a>
      </p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <NextLink href={localisePath("/programme", texts.locale)}>{t("programmeLink")}</NextLink>
        </li>
        <li>
          <NextLink href={localisePath("/", texts.locale)}>{t("homeLink")}</NextLink>
        </li>
      </ul>
      {error.digest ? <p className="text-base text-muted">{texts.reference.replace("{digest}", error.digest)}</p> : null}
    </div>
  );
}
