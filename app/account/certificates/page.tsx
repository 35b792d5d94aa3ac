import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content-text";
import { PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { TableRegion } from "@/components/table-region";
import { requireUser } from "@/lib/auth/current-user";
import { listMyCertificates } from "@/lib/certificates/list-my-certificates";
import { formatHours } from "@/lib/certificates/render-certificate-pdf";
import { prisma } from "@/lib/db";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale, isAppLocale } from "@/lib/i18n/locales";
import { formatLongDate, formatTimeRange, timeZoneAbbreviation } from "@/lib/programme/event-time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.account");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function MyCertificatesPage() {
  const user = await requireUser("/account/certificates");
  const t = await getTranslations("certificates.account");
  const pageLocale = await getLocale();
  const locale = dateLocale(pageLocale);
  const inPageLanguage = (english: string, welsh: string | null) => contentTextIn(isAppLocale(pageLocale) ? pageLocale : "en", english, welsh);
  const weeks = await listMyCertificates(prisma, user);

  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      <p className="mb-4 max-w-prose">{t("when")}</p>
      <p className="mb-8">
        <Link href="/account">{t("back")}</Link>
      </p>
      {weeks.length === 0 ? (
        <p className="mb-8">
          {t("none")} <Link href="/programme">{t("programme")}</Link>
        </p>
      ) : null}
      {weeks.map((week) => (
        <section key={week.eventId} aria-labelledby={`week-${week.eventId}`} className="mb-12">
          <h2 id={`week-${week.eventId}`} className="mb-2 text-2xl">
            {t("weekHeading", { event: inPageLanguage(week.eventTitle, week.eventTitleCy) })}
          </h2>
          <p className="mb-3">{t("weekSummary", { count: week.sessions.length, hours: formatHours(week.totalHours) })}</p>
          <div className="mb-6 border-l-4 border-brand bg-panel p-4">
            <p className="mb-2">
              <PlainLink href={`/account/certificates/week/${week.eventId}`} className="button" download>
                {t("weekDownload")}
              </PlainLink>
            </p>
            <p className="max-w-prose text-sm text-muted">{t("weekDownloadHint")}</p>
          </div>
          <TableRegion label={t("tableCaption", { event: inPageLanguage(week.eventTitle, week.eventTitleCy) })}>
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-bold">{t("tableCaption", { event: inPageLanguage(week.eventTitle, week.eventTitleCy) })}</caption>
              <thead>
                <tr className="border-b-2 border-line">
                  <th scope="col" className="py-2 pr-4">
                    {t("session")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("date")}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t("hours")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("certificate")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {week.sessions.map((session) => (
                  <tr key={session.registrationId} className="border-b border-line align-top">
                    <th scope="row" className="py-3 pr-4 font-normal">
                      <Link href={`/sessions/${session.sessionSlug}`}>
                        <ContentText en={session.sessionTitle} cy={session.sessionTitleCy} />
                      </Link>
                      {session.cancelled ? <span className="block text-sm text-muted">{t("cancelledNote")}</span> : null}
                    </th>
                    <td className="py-3 pr-4">
                      {formatLongDate(session.startsAt, week.timeZone, locale)}, {formatTimeRange(session.startsAt, session.endsAt, week.timeZone, locale)}{" "}
                      {timeZoneAbbreviation(session.startsAt, week.timeZone)}
                    </td>
                    <td className="py-3 pr-4 text-right">{formatHours(session.cpdHours)}</td>
                    <td className="py-3">
                      <PlainLink href={`/account/certificates/session/${session.registrationId}`} download className="inline-block py-1">
                        {t("download")}
                        <span className="sr-only"> {t("downloadFor", { title: inPageLanguage(session.sessionTitle, session.sessionTitleCy) })}</span>
                      </PlainLink>
                      {session.certificateCode ? (
                        <span className="block font-mono text-sm text-muted">{t("issued", { code: session.certificateCode })}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </section>
      ))}
    </>
  );
}
