import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ContentText } from "@/components/content-text";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { normaliseCertificateCode } from "@/lib/certificates/certificate-code";
import { findCertificateByCode } from "@/lib/certificates/find-certificate-by-code";
import { formatHours } from "@/lib/certificates/render-certificate-pdf";
import { isHolderAccountClosed } from "@/lib/certificates/verify-holder-account";
import { prisma } from "@/lib/db";
import { localePath } from "@/lib/i18n/locale-path";
import { dateLocale } from "@/lib/i18n/locales";
import { formatLongDate, formatTimeRange, timeZoneAbbreviation } from "@/lib/programme/event-time";

// Public and without a rate limit on purpose: a code carries 140 random bits,
// so trying codes cannot find certificates (2^140 guesses), and a limit would
// only get in the way of an employer checking a pile of certificates. The page
// shows only what the certificate itself says, never an email address or a
// registration number.

type Props = { params: Promise<{ code: string }> };

const lookUp = cache((code: string) => findCertificateByCode(prisma, { code }));

/** The segment as typed, decoded; a malformed escape such as "%E0%A4%A" is kept as it came and then fails as a code. */
function typedCode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("certificates.verify");
  const code = normaliseCertificateCode(typedCode((await params).code));
  const certificate = code ? await lookUp(code) : null;
  const title = !certificate ? t("notFoundMetaTitle") : certificate.revokedAt ? t("revokedMetaTitle") : t("genuineMetaTitle");
  return { title, robots: { index: false, follow: false } };
}

export default async function VerifyCertificatePage({ params }: Props) {
  const raw = typedCode((await params).code);
  const code = normaliseCertificateCode(raw);
  if (!code) notFound();
  if (code !== raw) redirect(await localePath(`/certificates/verify/${code}`));
  const certificate = await lookUp(code);
  if (!certificate) notFound();
  const t = await getTranslations("certificates.verify");
  const tPrivacy = await getTranslations("privacy.verify");
  const locale = dateLocale(await getLocale());
  const zone = certificate.timeZone;

  if (certificate.revokedAt) {
    return (
      <>
        <PageHeading title={t("revokedHeading")} />
        <div className="mb-8 max-w-prose border-l-4 border-danger bg-panel p-4 text-lg">
          <p className="font-bold">{t("revokedLead", { date: formatLongDate(certificate.revokedAt, zone, locale) })}</p>
        </div>
        <dl className="mb-8 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-bold">{t("code")}</dt>
          <dd className="font-mono">{certificate.code}</dd>
        </dl>
        <p>
          <Link href="/certificates/verify">{t("checkAnother")}</Link>
        </p>
      </>
    );
  }

  const isWeek = certificate.kind === "WEEK";
  const sameDay = formatLongDate(certificate.startsAt, zone, locale) === formatLongDate(certificate.endsAt, zone, locale);
  const when = isWeek
    ? sameDay
      ? formatLongDate(certificate.startsAt, zone, locale)
      : `${formatLongDate(certificate.startsAt, zone, locale)} – ${formatLongDate(certificate.endsAt, zone, locale)}`
    : `${formatLongDate(certificate.startsAt, zone, locale)}, ${formatTimeRange(certificate.startsAt, certificate.endsAt, zone, locale)} ${timeZoneAbbreviation(certificate.startsAt, zone)}`;

  return (
    <>
      <PageHeading title={t("genuineHeading")} />
      <div className="mb-6 max-w-prose border-l-4 border-success bg-panel p-4 text-lg">
        <p className="font-bold">{t("genuineLead")}</p>
      </div>
      {(await isHolderAccountClosed(prisma, { code })) ? (
        <div className="mb-6 max-w-prose border-l-4 border-brand bg-panel p-4">
          <h2 className="mb-2 text-xl">{tPrivacy("closedHeading")}</h2>
          <p>{tPrivacy("closed")}</p>
        </div>
      ) : null}
      <dl className="mb-8 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr] sm:gap-y-3">
        <dt className="font-bold">{t("holder")}</dt>
        <dd className="mb-2 sm:mb-0">{certificate.holderName}</dd>
        <dt className="font-bold">{isWeek ? t("weekTitle") : t("sessionTitle")}</dt>
        <dd className="mb-2 sm:mb-0">
          <ContentText en={certificate.title} cy={certificate.titleCy} />
        </dd>
        {isWeek ? (
          <>
            <dt className="font-bold">{t("sessions")}</dt>
            <dd className="mb-2 sm:mb-0">{certificate.sessionCount}</dd>
          </>
        ) : null}
        <dt className="font-bold">{isWeek && !sameDay ? t("dates") : t("date")}</dt>
        <dd className="mb-2 sm:mb-0">{when}</dd>
        <dt className="font-bold">{t("hours")}</dt>
        <dd className="mb-2 sm:mb-0">{formatHours(certificate.hours)}</dd>
        {isWeek ? null : (
          <>
            <dt className="font-bold">{t("event")}</dt>
            <dd className="mb-2 sm:mb-0">
              <ContentText en={certificate.eventTitle} cy={certificate.eventTitleCy} />
            </dd>
          </>
        )}
        <dt className="font-bold">{t("organiser")}</dt>
        <dd className="mb-2 sm:mb-0">
          <ContentText en={certificate.organiserName} cy={certificate.organiserNameCy} />
        </dd>
        <dt className="font-bold">{t("issued")}</dt>
        <dd className="mb-2 sm:mb-0">{formatLongDate(certificate.issuedAt, zone, locale)}</dd>
        <dt className="font-bold">{t("code")}</dt>
        <dd className="mb-2 font-mono sm:mb-0">{certificate.code}</dd>
      </dl>
      <p>
        <Link href="/certificates/verify">{t("checkAnother")}</Link>
      </p>
    </>
  );
}
