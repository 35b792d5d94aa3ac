import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content-text";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDateRange } from "@/lib/programme/event-time";
import { cachedCurrentEvent, cachedPublishedEvents, serverDay } from "@/lib/programme/public-cache";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("weeks");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function WeeksPage() {
  const t = await getTranslations("weeks");
  const language = await pageLocale();
  const locale = dateLocale(language);
  const [events, current] = await Promise.all([cachedPublishedEvents(), cachedCurrentEvent(serverDay())]);
  const today = new Date(new Date().toISOString().slice(0, 10));
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      {events.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="space-y-4">
        {events.map((event) => (
          <li key={event.id} className="border-t border-line pt-3">
            <h2 className="text-xl">
              <Link href={`/programme?week=${event.slug}`} aria-label={t("viewProgramme", { title: contentTextIn(language, event.title, event.titleCy) })}>
                <ContentText en={event.title} cy={event.titleCy} />
              </Link>
            </h2>
            <p>
              {formatDateRange(event.startDate, event.endDate, locale)}
              {" · "}
              {event.id === current?.id ? t("current") : event.endDate < today ? t("past") : t("upcoming")}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
