import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PlainLink } from "@/components/locale-anchor";

type Props = {
  /** A week's or a theme's feed. */
  kind: "week" | "theme";
  /** The feed's path on this site, in English ("/weeks/<slug>/calendar.ics"): the download link puts it in the page's language. */
  feedPath: string;
  /** The same feed as a webcal:// address (lib/programme/calendar-subscription.ts). */
  subscribeHref: string;
  children?: ReactNode;
};

/** Subscribe to a week's or a theme's calendar feed, or download it once. */
export function CalendarFeedLinks({ kind, feedPath, subscribeHref, children }: Props) {
  const t = useTranslations("calendarFeeds");
  const id = `${kind}-calendar-heading`;
  return (
    <section aria-labelledby={id} className="no-print mt-8 border-l-4 border-brand bg-panel p-4">
      <h2 id={id} className="mb-2 text-xl">
        {kind === "week" ? t("weekHeading") : t("themeHeading")}
      </h2>
      <p className="mb-3 max-w-prose">{t("hint")}</p>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a href={subscribeHref} className="button">
            {kind === "week" ? t("subscribeWeek") : t("subscribeTheme")}
          </a>
        </li>
        <li>
          <PlainLink href={feedPath} download className="button button-secondary">
            {kind === "week" ? t("downloadWeek") : t("downloadTheme")}
          </PlainLink>
        </li>
      </ul>
      {children}
    </section>
  );
}
