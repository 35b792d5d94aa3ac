import { getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content-text";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { SessionCard } from "@/components/session-card";
import { ThemeLabel } from "@/components/theme-label";
import { prisma } from "@/lib/db";
import { contentIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { addPlaces } from "@/lib/programme/confirmed-counts";
import { formatDateRange } from "@/lib/programme/event-time";
import { cachedCurrentEvent, cachedEventThemes, cachedFeaturedSessions, cachedPublicSessionCount, serverDay } from "@/lib/programme/public-cache";

export default async function HomePage() {
  const t = await getTranslations();
  const language = await pageLocale();
  const locale = dateLocale(language);
  const event = await cachedCurrentEvent(serverDay());
  if (!event) {
    return <PageHeading title={t("home.noEventTitle")} lead={<p>{t("home.noEventBody")}</p>} />;
  }
  const [themes, listedFeatured, sessionCount] = await Promise.all([
    cachedEventThemes(event.id),
    cachedFeaturedSessions(event.id),
    cachedPublicSessionCount(event.id),
  ]);
  const featured = await addPlaces(prisma, listedFeatured);
  const finished = event.endDate < new Date(new Date().toISOString().slice(0, 10));
  const organiser = contentIn(language, event.organiserName, event.organiserNameCy);
  // The Welsh list where the organiser wrote one, else the English list marked as English (never a mix of the two).
  const audienceNote = contentIn(language, event.audienceNote.join("\n"), event.audienceNoteCy.join("\n"));
  return (
    <>
      <PageHeading
        caption={t.rich("home.organisedBy", {
          organiser: organiser.text,
          name: (chunks) => <span lang={organiser.lang === language ? undefined : organiser.lang}>{chunks}</span>,
        })}
        title={<ContentText en={event.title} cy={event.titleCy} />}
        lead={
          <>
            <p className="mb-3 font-bold">{formatDateRange(event.startDate, event.endDate, locale)}</p>
            <ContentText as="p" en={event.summary} cy={event.summaryCy} />
          </>
        }
      />
      {finished ? <p className="mb-6 border-l-4 border-brand bg-panel p-4">{t("home.pastWeekNotice")}</p> : null}
      <p className="mb-10">
        <Link href="/programme" className="button">
          {t("home.viewProgramme")}
        </Link>
      </p>

      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="themes-heading">
          <h2 id="themes-heading" className="mb-4 text-2xl">
            {t("home.themesHeading")}
          </h2>
          <ul className="space-y-4">
            {themes.map((theme) => (
              <li key={theme.id}>
                <p className="text-lg font-bold">
                  <ThemeLabel theme={theme} linked />
                </p>
                <ContentText as="p" className="text-muted" en={theme.summary} cy={theme.summaryCy} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="who-heading">
          <h2 id="who-heading" className="mb-4 text-2xl">
            {t("home.whoHeading")}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {event.audienceNote.length
              ? audienceNote.text.split("\n").map((line) => (
                  <li key={line} lang={audienceNote.lang === language ? undefined : audienceNote.lang}>
                    {line}
                  </li>
                ))
              : event.audiences.map((audience) => <li key={audience}>{t(`audiences.${audience}`)}</li>)}
          </ul>
        </section>
      </div>

      {featured.length ? (
        <section aria-labelledby="highlights-heading" className="mt-12">
          <h2 id="highlights-heading" className="mb-2 text-2xl">
            {t("home.highlightsHeading")}
          </h2>
          {featured.map((session) => (
            <SessionCard key={session.id} session={session} showDay />
          ))}
          <p className="mt-4 border-t border-line pt-4">
            <Link href="/programme">{t("home.allSessionsLink", { count: sessionCount })}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
