import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { BookingRuleText } from "@/components/booking-rule-text";
import { ContentText } from "@/components/content-text";
import { DeliveryLanguageLabel } from "@/components/delivery-language";
import { PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PlacesStatus } from "@/components/places-status";
import { RichText } from "@/components/rich-text";
import { SessionResources } from "@/components/session-resources";
import { hasSpeakerRole, SpeakerRole } from "@/components/speaker-role";
import { ThemeLabel } from "@/components/theme-label";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { addPlacesTo } from "@/lib/programme/confirmed-counts";
import { formatLongDate, formatTimeRange, timeZoneAbbreviation } from "@/lib/programme/event-time";
import { cachedSessionPage } from "@/lib/programme/public-cache";
import { listSessionResourcesFor } from "@/lib/resources/list-session-resources-for";
import { publicSessionResources } from "@/lib/resources/public-session-resources";
import { jsonLdText, sessionEventJsonLd } from "@/lib/seo/session-event-json-ld";
import { sessionShareImage } from "@/lib/seo/share-image";
import { sharingMetadata } from "@/lib/seo/sharing-metadata";
import { RegistrationPanel } from "./registration-panel";

type Props = { params: Promise<{ slug: string }> };

// Metadata and page share one cache read per request.
const loadSession = cache(cachedSessionPage);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await loadSession((await params).slug);
  if (!session) return {};
  const locale = await pageLocale();
  const title = contentTextIn(locale, session.title, session.titleCy);
  const description = contentTextIn(locale, session.summary, session.summaryCy);
  // Shared links show the session's image (lib/seo/render-open-graph-image.tsx), in the page's language.
  const image = sessionShareImage(session, { siteUrl: siteUrl(), locale });
  // A session left out of the programme is not offered to search engines either; its link still works.
  return {
    title,
    description,
    ...sharingMetadata({ locale, title, description, image, type: "article" }),
    ...(session.unlisted ? { robots: { index: false } } : {}),
  };
}

export default async function SessionPage({ params }: Props) {
  const cached = await loadSession((await params).slug);
  if (!cached) notFound();
  // Places left are counted for this request; the rest is the shared cached page.
  const session = await addPlacesTo(prisma, cached);
  const t = await getTranslations();
  const language = await pageLocale();
  const locale = dateLocale(language);
  const timeZone = session.event.timeZone;
  const past = session.endsAt < new Date();
  const user = await getCurrentUser();
  // A visitor's page may be stored and served to every visitor (docs/decisions/0010), so it shows the
  // resources for everyone only, from the cached data; a signed-in person's are read for them on each request.
  const resources = (user ? await listSessionResourcesFor(prisma, session.id, { userId: user.id }) : null) ?? publicSessionResources(session);
  // schema.org Event for search engines; its image is the page's share image (the og:image address).
  const eventJsonLd = sessionEventJsonLd(session, {
    siteUrl: siteUrl(),
    locale: language,
    image: sessionShareImage(session, { siteUrl: siteUrl(), locale: language }).url,
  });

  return (
    <article>
      {/* For search engines: schema.org Event, public data only (lib/seo/session-event-json-ld.ts). A data block, never run. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(eventJsonLd) }} />
      <nav aria-label={t("session.breadcrumb")} className="no-print mb-6 text-sm">
        <Link href="/programme">{t("session.backToProgramme")}</Link>
      </nav>
      <p className="mb-2 text-lg text-muted">{t("session.partOf", { event: contentTextIn(language, session.event.title, session.event.titleCy) })}</p>
      <h1 className="mb-4 text-3xl sm:text-4xl">
        <ContentText en={session.title} cy={session.titleCy} />
      </h1>
      {session.cancelled ? (
        <p role="status" className="mb-6 border-l-8 border-danger bg-panel p-4 text-lg font-bold">
          {t("session.cancelledNotice")}
        </p>
      ) : null}
      <ContentText as="p" className="mb-8 max-w-prose text-xl" en={session.summary} cy={session.summaryCy} />

      <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-8">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="mb-3 text-2xl">
              {t("session.about")}
            </h2>
            <ContentText en={session.description} cy={session.descriptionCy} as="div">
              {(text) => <RichText text={text} />}
            </ContentText>
          </section>
          {session.speakers.length ? (
            <section aria-labelledby="speakers-heading">
              <h2 id="speakers-heading" className="mb-3 text-2xl">
                {t("session.speakersHeading")}
              </h2>
              <ul className="space-y-3">
                {session.speakers.map(({ part, speaker }) => (
                  <li key={speaker.slug}>
                    <Link href={`/speakers/${speaker.slug}`} className="font-bold">
                      {speaker.name}
                    </Link>
                    {part !== "SPEAKER" ? <span className="text-muted"> ({t(`parts.${part}`)})</span> : null}
                    {hasSpeakerRole(speaker) ? (
                      <p className="text-muted">
                        <SpeakerRole speaker={speaker} />
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <SessionResources view={resources} signInHref={user ? undefined : `/sign-in?callbackUrl=${encodeURIComponent(`/sessions/${session.slug}`)}`} />
        </div>

        <aside className="space-y-6">
          <dl className="space-y-4 border-t-4 border-brand bg-panel p-4">
            <div>
              <dt className="font-bold">{t("session.when")}</dt>
              <dd>
                <time dateTime={session.startsAt.toISOString()}>{formatLongDate(session.startsAt, timeZone, locale)}</time>
                <br />
                {formatTimeRange(session.startsAt, session.endsAt, timeZone, locale)}{" "}
                <abbr title={timeZone}>{timeZoneAbbreviation(session.startsAt, timeZone)}</abbr>
                <span className="sr-only"> ({timeZone})</span>
              </dd>
            </div>
            <div>
              <dt className="font-bold">{t("session.format")}</dt>
              <dd>{t(`formats.${session.format}`)}</dd>
            </div>
            <div>
              <dt className="font-bold">{t("session.language")}</dt>
              <dd>
                <DeliveryLanguageLabel language={session.deliveryLanguage} />
              </dd>
            </div>
            {session.venue ? (
              <div>
                <dt className="font-bold">{t("session.where")}</dt>
                <dd>
                  <ContentText en={session.venue} cy={session.venueCy} />
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="font-bold">{t("session.cpd")}</dt>
              <dd>
                {t("common.cpdHours", { hours: session.cpdHours })}
                {session.peerDiscussion ? <span className="block">{t("session.peerDiscussion")}</span> : null}
              </dd>
            </div>
            <div>
              <dt className="font-bold">{t("session.places")}</dt>
              <dd>
                <PlacesStatus places={session.places} cancelled={session.cancelled} />
              </dd>
            </div>
            {session.accessProvided.length ? (
              <div>
                <dt className="font-bold">{t("session.accessProvided")}</dt>
                <dd>
                  <ul className="list-disc pl-5">
                    {session.accessProvided.map((provision) => (
                      <li key={provision}>{t(`accessProvisions.${provision}`)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {session.bookingRule.rule !== "OPEN" ? (
              <div>
                <dt className="font-bold">{t("session.whoCanBook")}</dt>
                <dd>
                  <BookingRuleText rule={session.bookingRule} />
                </dd>
              </div>
            ) : null}
            {session.theme ? (
              <div>
                <dt className="font-bold">{t("session.theme")}</dt>
                <dd>
                  <ThemeLabel theme={session.theme} linked />
                </dd>
              </div>
            ) : null}
            {session.audiences.length ? (
              <div>
                <dt className="font-bold">{t("session.audience")}</dt>
                <dd>
                  <ul className="list-disc pl-5">
                    {session.audiences.map((audience) => (
                      <li key={audience}>{t(`audiences.${audience}`)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
          </dl>

          {!session.cancelled ? (
            <p className="no-print">
              <PlainLink href={`/sessions/${session.slug}/calendar.ics`} className="button button-secondary" download>
                {t("session.addToCalendar")}
              </PlainLink>
            </p>
          ) : null}

          <section aria-labelledby="register-heading" className="no-print border border-line p-4">
            <h2 id="register-heading" className="mb-2 text-xl">
              {t("session.registerHeading")}
            </h2>
            <RegistrationPanel user={user} session={session} />
            {!session.cancelled && !past && session.format !== "IN_PERSON" ? <p className="mt-2 text-sm text-muted">{t("session.joinLinkNote")}</p> : null}
          </section>
        </aside>
      </div>
    </article>
  );
}
