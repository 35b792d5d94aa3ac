import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CalendarFeedLinks } from "@/components/calendar-feed-links";
import { ContentText } from "@/components/content-text";
import { PageHeading } from "@/components/page-heading";
import { SessionCard } from "@/components/session-card";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { contentTextIn } from "@/lib/i18n/content";
import { pageLocale } from "@/lib/i18n/page-locale";
import { calendarSubscriptionUrl } from "@/lib/programme/calendar-subscription";
import { addPlaces } from "@/lib/programme/confirmed-counts";
import { cachedThemePage } from "@/lib/programme/public-cache";

type Props = { params: Promise<{ slug: string }> };

const loadTheme = cache(cachedThemePage);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadTheme((await params).slug);
  if (!page) return {};
  const [t, locale] = await Promise.all([getTranslations("themes"), pageLocale()]);
  const name = contentTextIn(locale, page.theme.name, page.theme.nameCy);
  const description = contentTextIn(locale, page.theme.summary, page.theme.summaryCy) || t("metaDescription", { name });
  return { title: name, description, openGraph: { title: name, description } };
}

export default async function ThemePage({ params }: Props) {
  const page = await loadTheme((await params).slug);
  if (!page) notFound();
  const [t, locale] = await Promise.all([getTranslations("themes"), pageLocale()]);
  const { theme } = page;
  const sessions = await addPlaces(prisma, page.sessions);
  return (
    <>
      <div className="mb-4 h-2 w-24" style={{ backgroundColor: theme.colour }} aria-hidden="true" />
      <PageHeading
        title={<ContentText en={theme.name} cy={theme.nameCy} />}
        caption={t("partOf", { event: contentTextIn(locale, theme.event.title, theme.event.titleCy) })}
        lead={<ContentText as="p" en={theme.summary} cy={theme.summaryCy} />}
      />
      <section aria-labelledby="theme-sessions">
        <h2 id="theme-sessions" className="mb-2 text-2xl">
          {t("sessionsHeading")}
        </h2>
        {sessions.length === 0 ? <p>{t("empty")}</p> : null}
        {sessions.map((session) => (
          <SessionCard key={session.id} session={session} showDay />
        ))}
      </section>
      <CalendarFeedLinks
        kind="theme"
        feedPath={`/themes/${theme.slug}/calendar.ics`}
        subscribeHref={calendarSubscriptionUrl(siteUrl(), `/themes/${theme.slug}/calendar.ics`, locale)}
      />
    </>
  );
}
