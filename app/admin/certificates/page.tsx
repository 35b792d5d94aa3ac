import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RevokeCertificateForm } from "@/components/certificates/revoke-certificate-form";
import { ContentText } from "@/components/content-text";
import { SuccessNotice } from "@/components/forms/success-notice";
import { PlainLink, GetForm } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { TableRegion } from "@/components/table-region";
import { requireOrganiser } from "@/lib/auth/current-user";
import { getCertificateForOrganiser } from "@/lib/certificates/get-certificate-for-organiser";
import { CERTIFICATE_LIST_LIMIT, listCertificates } from "@/lib/certificates/list-certificates";
import { formatHours } from "@/lib/certificates/render-certificate-pdf";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { formatLongDate } from "@/lib/programme/event-time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.admin");
  return { title: t("metaTitle") };
}

export default async function AdminCertificatesPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/certificates");
  const t = await getTranslations("certificates.admin");
  const dates = dateLocale(await getLocale());
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q.trim().slice(0, 200) : "";
  const revoked = typeof params.revoked === "string" ? params.revoked : undefined;
  const revokeId = typeof params.revoke === "string" ? params.revoke : undefined;
  const [{ certificates, more }, toRevoke] = await Promise.all([
    listCertificates(prisma, organiser, { query }),
    revokeId ? getCertificateForOrganiser(prisma, organiser, { certificateId: revokeId }) : null,
  ]);
  const listUrl = query ? `/admin/certificates?q=${encodeURIComponent(query)}` : "/admin/certificates";

  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      <SuccessNotice message={revoked ? t("revokedNotice", { code: revoked }) : undefined} />
      {toRevoke ? (
        // The confirmation step: the certificate in full, a reason and an explicit tick.
        <section id="revoke" aria-labelledby="revoke-heading" className="mb-12 border-l-4 border-danger bg-panel p-4">
          <h2 id="revoke-heading" className="mb-3 text-2xl">
            {t("revokeHeading", { code: toRevoke.code })}
          </h2>
          <dl className="mb-6 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr] sm:gap-y-2">
            <dt className="font-bold">{t("holder")}</dt>
            <dd>{toRevoke.holderName}</dd>
            <dt className="font-bold">{t("what")}</dt>
            <dd>
              {t(`kind${toRevoke.kind}`)}: <ContentText en={toRevoke.title} cy={toRevoke.titleCy} /> (
              {formatLongDate(toRevoke.startsAt, toRevoke.timeZone, dates)})
            </dd>
            <dt className="font-bold">{t("hours")}</dt>
            <dd>{formatHours(toRevoke.hours)}</dd>
            <dt className="font-bold">{t("issued")}</dt>
            <dd>{formatLongDate(toRevoke.issuedAt, toRevoke.timeZone, dates)}</dd>
          </dl>
          {toRevoke.revokedAt ? (
            <>
              <p className="font-bold">{t("alreadyRevoked", { date: formatLongDate(toRevoke.revokedAt, toRevoke.timeZone, dates) })}</p>
              {toRevoke.revokedReason ? <p>{t("reasonShown", { reason: toRevoke.revokedReason })}</p> : null}
            </>
          ) : (
            <>
              <p className="mb-6 max-w-prose">{t("revokeLead")}</p>
              <RevokeCertificateForm
                certificateId={toRevoke.id}
                labels={{ reasonLabel: t("reasonLabel"), reasonHint: t("reasonHint"), confirmLabel: t("confirmLabel"), submit: t("submit") }}
              />
            </>
          )}
          <p className="mt-6">
            <Link href={listUrl}>{t("cancel")}</Link>
          </p>
        </section>
      ) : null}
      <GetForm action="/admin/certificates" role="search" className="mb-8 max-w-xl">
        <label htmlFor="q" className="field-label">
          {t("searchLabel")}
        </label>
        <p id="q-hint" className="mb-1 text-sm text-muted">
          {t("searchHint")}
        </p>
        <div className="flex flex-wrap gap-3">
          <input id="q" name="q" type="search" defaultValue={query} aria-describedby="q-hint" className="field-control max-w-md flex-1" />
          <button type="submit" className="button button-secondary">
            {t("search")}
          </button>
        </div>
        {query ? (
          <p className="mt-2">
            <Link href="/admin/certificates">{t("clear")}</Link>
          </p>
        ) : null}
      </GetForm>
      {certificates.length === 0 ? (
        <p>{query ? t("noMatch", { query }) : t("none")}</p>
      ) : (
        <TableRegion label={t("caption")}>
          <table className="data-table">
            <caption className="sr-only">{query ? t("captionSearch", { query }) : t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("holder")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("hours")}</th>
                <th scope="col">{t("code")}</th>
                <th scope="col">{t("issued")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((certificate) => (
                <tr key={certificate.id}>
                  <th scope="row" className="font-normal">
                    {certificate.holderName}
                  </th>
                  <td>
                    <span className="font-bold">{t(`kind${certificate.kind}`)}:</span> <ContentText en={certificate.title} cy={certificate.titleCy} />
                    <span className="block text-sm text-muted">{formatLongDate(certificate.startsAt, certificate.timeZone, dates)}</span>
                  </td>
                  <td>{formatHours(certificate.hours)}</td>
                  <td className="font-mono text-sm">
                    <PlainLink href={`/certificates/verify/${certificate.code}`}>{certificate.code}</PlainLink>
                  </td>
                  <td>{formatLongDate(certificate.issuedAt, certificate.timeZone, dates)}</td>
                  <td>
                    {certificate.revokedAt ? (
                      <span className="font-bold text-danger">
                        {t("revoked", { date: formatLongDate(certificate.revokedAt, certificate.timeZone, dates) })}
                      </span>
                    ) : (
                      <>
                        <span className="block">{t("valid")}</span>
                        <Link href={`${listUrl}${query ? "&" : "?"}revoke=${encodeURIComponent(certificate.id)}#revoke`} className="inline-block py-1">
                          {t("revoke")}
                          <span className="sr-only"> {t("revokeFor", { code: certificate.code })}</span>
                        </Link>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {more ? <p className="mt-4">{t("more", { count: CERTIFICATE_LIST_LIMIT })}</p> : null}
    </>
  );
}
