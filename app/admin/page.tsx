import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardCharts } from "@/components/admin/dashboard/dashboard-charts";
import { HeadlineFigures } from "@/components/admin/dashboard/headline-figures";
import { WeekSelector } from "@/components/admin/dashboard/week-selector";
import { MissingWelshTable } from "@/components/admin/missing-welsh-table";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getDashboard } from "@/lib/admin/dashboard/get-dashboard";
import { listMissingWelsh } from "@/lib/admin/dashboard/list-missing-welsh";
import { countFailedEmails } from "@/lib/admin/emails/count-failed-emails";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { formatDateRange, formatShortDay } from "@/lib/programme/event-time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.dashboard");
  return { title: t("metaTitle") };
}

export default async function DashboardPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin");
  const t = await getTranslations("admin.dashboard");
  const dates = dateLocale(await getLocale());
  const tAudiences = await getTranslations("audiences");
  const params = await searchParams;
  const requested = params.event;
  const tAccept = await getTranslations("admin.organisers.accept");
  const welcome = params.welcome === "organiser" ? <SuccessNotice message={tAccept("done")} /> : null;
  const emailAlert = <FailedEmailsAlert count={await countFailedEmails(prisma, organiser)} />;
  const { events, event, figures } = await getDashboard(prisma, organiser, {
    event: typeof requested === "string" ? requested : undefined,
    labels: { noTheme: t("byTheme.noTheme"), audience: (audience) => tAudiences(audience), day: (day) => formatShortDay(day, dates) },
  });

  if (!event || !figures) {
    return (
      <>
        <PageHeading title={t("heading")} />
        {welcome}
        {emailAlert}
        <p>{t("noEvents")}</p>
      </>
    );
  }
  const missingWelsh = (await listMissingWelsh(prisma, organiser, event.id)) ?? [];
  return (
    <>
      <PageHeading
        title={t("heading")}
        caption={event.title}
        lead={<p>{t("dates", { dates: formatDateRange(event.startDate, event.endDate, dates), timeZone: event.timeZone })}</p>}
      />
      {welcome}
      {emailAlert}
      <WeekSelector events={events} selected={event.slug} />
      <HeadlineFigures headline={figures.headline} />
      <DashboardCharts figures={figures} timeZone={event.timeZone} />
      <section aria-labelledby="welsh-heading" className="mt-12">
        <h2 id="welsh-heading" className="mb-2 text-2xl">
          {t("welsh.heading")}
        </h2>
        <p className="mb-2 max-w-prose">{t("welsh.intro")}</p>
        <p className="mb-4 font-bold">{t("welsh.count", { count: missingWelsh.length })}</p>
        <MissingWelshTable gaps={missingWelsh} empty={t("welsh.none")} />
      </section>
    </>
  );
}

/** Emails that could not be sent are easy to miss: the dashboard points to them. */
async function FailedEmailsAlert({ count }: { count: number }) {
  if (count === 0) return null;
  const t = await getTranslations("admin.emails.dashboard");
  return (
    <p className="mb-6 max-w-prose border-l-4 border-danger bg-panel p-3">
      <strong>{t("failed", { count })}</strong> <Link href="/admin/emails">{t("link")}</Link>
    </p>
  );
}
