import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content-text";
import { CpdDownloads } from "@/components/cpd/cpd-downloads";
import { CpdTotalsTables } from "@/components/cpd/cpd-totals-tables";
import { PeerConfirmationStatus } from "@/components/cpd/peer-confirmation-status";
import { RenewalReadinessPanel } from "@/components/cpd/renewal-readiness-panel";
import { GetForm } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { getCpdProfile } from "@/lib/cpd/get-cpd-profile";
import { getRenewalReadiness } from "@/lib/cpd/get-renewal-readiness";
import { listCpdRecord } from "@/lib/cpd/list-cpd-record";
import { listLearningDiscussions } from "@/lib/cpd/list-learning-discussions";
import { recordFilterOf, recordFilterQuery } from "@/lib/cpd/record-filter";
import { todayInLondon } from "@/lib/cpd/save-other-cpd";
import { standardOf } from "@/lib/cpd/standards/registry";
import { prisma } from "@/lib/db";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDayHeading, formatLongDate } from "@/lib/programme/event-time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cpd.record");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function CpdRecordPage({ searchParams }: Props) {
  const user = await requireUser("/account/cpd");
  const t = await getTranslations("cpd");
  const params = await searchParams;
  const filter = recordFilterOf(params);
  const now = new Date();
  const [record, profile, readiness] = await Promise.all([
    listCpdRecord(prisma, user, filter),
    getCpdProfile(prisma, user),
    getRenewalReadiness(prisma, user, now),
  ]);
  const discussions = await listLearningDiscussions(prisma, user, { from: readiness.periodStart, to: readiness.periodEnd });
  const locale = dateLocale(await getLocale());
  const pageLanguage = await pageLocale();
  const notices = new Map([
    ["saved", t("record.saved")],
    ["deleted", t("record.deleted")],
    ["discussionRemoved", t("discussion.removed")],
  ]);
  const notice = typeof params.notice === "string" ? (notices.get(params.notice) ?? null) : null;
  return (
    <>
      <PageHeading title={t("record.heading")} lead={<p>{t("record.intro")}</p>} />
      {notice ? (
        <p role="status" className="mb-6 border-l-4 border-success bg-panel p-4 font-bold">
          {notice}
        </p>
      ) : null}
      <p className="mb-8">
        <Link href="/account/cpd/new" className="button">
          {t("record.addOther")}
        </Link>
      </p>
      <RenewalReadinessPanel readiness={readiness} discussions={discussions} today={todayInLondon(now)} />
      {record.toLog.length > 0 || record.observationsToLog.length > 0 ? (
        <section aria-labelledby="to-log-heading" className="mb-10 border-l-4 border-brand bg-panel p-4">
          <h2 id="to-log-heading" className="mb-2 text-2xl">
            {record.observationsToLog.length > 0 ? t("record.toLogHeadingWithObservations") : t("record.toLogHeading")}
          </h2>
          <p className="mb-3">{t("record.toLogIntro")}</p>
          <ul className="space-y-2">
            {record.toLog.map((registration) => (
              <li key={registration.id} className="flex flex-wrap items-baseline gap-x-4">
                <span>
                  <ContentText as="span" className="font-bold" en={registration.session.title} cy={registration.session.titleCy} />,{" "}
                  {formatLongDate(registration.session.startsAt, registration.session.event.timeZone, locale)}
                </span>
                <Link
                  href={`/account/cpd/sessions/${registration.id}`}
                  aria-label={t("record.logSession", { title: contentTextIn(pageLanguage, registration.session.title, registration.session.titleCy) })}
                >
                  {t("record.logSessionShort")}
                </Link>
              </li>
            ))}
            {record.observationsToLog.map((observation) => {
              const title = t("record.observationTitle", {
                team: contentTextIn(pageLanguage, observation.slot.opportunity.team, observation.slot.opportunity.teamCy),
              });
              return (
                <li key={observation.id} className="flex flex-wrap items-baseline gap-x-4">
                  <span>
                    <span className="font-bold">{title}</span>, {formatLongDate(observation.slot.startsAt, observation.slot.opportunity.event.timeZone, locale)}
                  </span>
                  <Link href={`/account/cpd/new?observation=${observation.id}`} aria-label={t("record.logSession", { title })}>
                    {t("record.logSessionShort")}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <GetForm action="/account/cpd" className="mb-8 flex flex-wrap items-end gap-4" aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="sr-only">
          {t("filter.heading")}
        </h2>
        <div>
          <label htmlFor="from" className="field-label">
            {t("filter.from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={filter.from ?? ""} className="field-control" />
        </div>
        <div>
          <label htmlFor="to" className="field-label">
            {t("filter.to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={filter.to ?? ""} className="field-control" />
        </div>
        <button type="submit" className="button button-secondary">
          {t("filter.apply")}
        </button>
        {filter.from || filter.to ? <Link href="/account/cpd">{t("filter.clear")}</Link> : null}
      </GetForm>
      <CpdTotalsTables totals={record.totals} standards={profile.standards} welshNames={record.welshNames} />
      <section aria-labelledby="entries-heading" className="mb-10">
        <h2 id="entries-heading" className="mb-2 text-2xl">
          {t("record.entriesHeading")}
        </h2>
        {record.entries.length === 0 ? <p>{t("record.none")}</p> : null}
        <ul>
          {record.entries.map((entry) => (
            <li key={entry.id} className="space-y-2 border-t border-line py-4">
              <h3 className="text-lg">{entry.title}</h3>
              <p>
                {formatDayHeading(entry.activityDate, locale)} · {t(`types.${entry.activityType}`)} · {t("record.hoursValue", { hours: entry.hours })}
                {entry.peerReflection ? ` · ${t("record.peerYes")}` : null}
              </p>
              <dl className="space-y-2">
                <div>
                  <dt className="font-bold">{t("record.learning")}</dt>
                  <dd className="whitespace-pre-line">{entry.learning}</dd>
                </div>
                <div>
                  <dt className="font-bold">{t("record.impact")}</dt>
                  <dd className="whitespace-pre-line">{entry.impact}</dd>
                </div>
                {entry.peerNotes ? (
                  <div>
                    <dt className="font-bold">{t("record.peerNotes")}</dt>
                    <dd className="whitespace-pre-line">{entry.peerNotes}</dd>
                    {entry.peerConfirmation ? (
                      <dd className="mt-2">
                        <PeerConfirmationStatus confirmation={entry.peerConfirmation} />
                      </dd>
                    ) : null}
                  </div>
                ) : null}
                <div>
                  <dt className="font-bold">{t("record.standards")}</dt>
                  <dd>
                    <ul>
                      {entry.standards.map((code) => (
                        <li key={code}>
                          {code} <ContentText en={standardOf(profile.standards, code)?.text ?? ""} cy={standardOf(profile.standards, code)?.textCy} />
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              </dl>
              <p className="flex flex-wrap gap-x-6 gap-y-2">
                <Link
                  href={entry.registrationId ? `/account/cpd/sessions/${entry.registrationId}` : `/account/cpd/${entry.id}/edit`}
                  aria-label={t("record.editNamed", { title: entry.title })}
                >
                  {t("record.edit")}
                </Link>
                <Link href={`/account/cpd/${entry.id}/delete`} aria-label={t("record.deleteNamed", { title: entry.title })}>
                  {t("record.delete")}
                </Link>
                {entry.peerReflection && entry.peerNotes ? (
                  <Link href={`/account/cpd/${entry.id}/peer`} aria-label={t("record.askColleagueNamed", { title: entry.title })}>
                    {t("record.askColleague")}
                  </Link>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <CpdDownloads query={recordFilterQuery(filter)} />
    </>
  );
}
