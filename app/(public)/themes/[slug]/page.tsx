import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { PageHeading } from "@/components/page-heading";
import { SessionCard } from "@/components/session-card";
import { addPlaces } from "@/lib/programme/confirmed-counts";
import { cachedThemePage } from "@/lib/programme/public-cache";

type Props = { params: Promise<{ slug: string }> };

const loadTheme = cache(cachedThemePage);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadTheme((await params).slug);
  if (!page) return {};
  const t = await getTranslations("themes");
  const description = page.theme.summary || t("metaDescription", { name: page.theme.name });
  return { title: page.theme.name, description, openGraph: { title: page.theme.name, description } };
}

export default async function ThemePage({ params }: Props) {
  const page = await loadTheme((await params).slug);
  if (!page) notFound();
  const t = await getTranslations("themes");
  const { theme } = page;
  const sessions = await addPlaces(page.sessions);
  return (
    <>
      <div className="mb-4 h-2 w-24" style={{ backgroundColor: theme.colour }} aria-hidden="true" />
      <PageHeading title={theme.name} caption={t("partOf", { event: theme.event.title })} lead={<p>{theme.summary}</p>} />
      <section aria-labelledby="theme-sessions">
        <h2 id="theme-sessions" className="mb-2 text-2xl">
          {t("sessionsHeading")}
        </h2>
        {sessions.length === 0 ? <p>{t("empty")}</p> : null}
        {sessions.map((session) => (
          <SessionCard key={session.id} session={session} showDay />
        ))}
      </section>
    </>
  );
}
