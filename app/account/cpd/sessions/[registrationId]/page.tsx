import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CpdEntryForm } from "@/components/cpd/cpd-entry-form";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { getSessionCpdForm } from "@/lib/cpd/get-session-cpd-form";
import { formatHours } from "@/lib/cpd/hours-bounds";
import { prisma } from "@/lib/db";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatLongDate } from "@/lib/programme/event-time";

type Props = { params: Promise<{ registrationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cpd.form");
  return { title: t("sessionMetaTitle"), robots: { index: false } };
}

export default async function LogSessionCpdPage({ params, searchParams }: Props) {
  const { registrationId } = await params;
  const user = await requireUser(`/account/cpd/sessions/${registrationId}`);
  const t = await getTranslations("cpd");
  const form = await getSessionCpdForm(prisma, user, registrationId);
  if (!form) {
    return (
      <>
        <PageHeading title={t("form.notFoundHeading")} lead={<p>{t("form.notFound")}</p>} />
        <p>
          <Link href="/account/cpd">{t("record.back")}</Link>
        </p>
      </>
    );
  }
  const locale = dateLocale(await getLocale());
  const checkedIn = (await searchParams).checkedIn === "1";
  const entry = form.entry;
  const initial: Record<string, string> = entry
    ? {
        hours: formatHours(entry.hours),
        learning: entry.learning,
        impact: entry.impact,
        peerNotes: entry.peerNotes ?? "",
        peerReflection: entry.peerReflection ? "on" : "",
        standards: entry.standards.join(" "),
      }
    : { hours: formatHours(form.sessionHours), ...(form.feedback?.mostUseful ? { learning: form.feedback.mostUseful } : {}) };
  const tFeedback = await getTranslations("feedback");
  const prefilledFromFeedback = !entry && Boolean(form.feedback?.mostUseful);
  return (
    <>
      <PageHeading
        title={t("form.sessionHeading", { title: contentTextIn(await pageLocale(), form.session.title, form.session.titleCy) })}
        lead={<p>{t("form.sessionLead", { date: formatLongDate(form.session.startsAt, form.session.timeZone, locale), hours: form.sessionHours })}</p>}
      />
      {checkedIn ? (
        <p role="status" className="mb-6 border-l-4 border-success bg-panel p-4 font-bold">
          {t("checkIn.checkedIn")}
        </p>
      ) : null}
      {prefilledFromFeedback ? <p className="mb-4 max-w-prose border-l-4 border-brand bg-panel p-3">{tFeedback("cpdPrefilled")}</p> : null}
      <CpdEntryForm
        kind="session"
        registrationId={form.registrationId}
        maxHours={form.maxHours}
        standards={form.standards}
        initial={initial}
        peerDiscussion={form.session.peerDiscussion}
      />
      {form.ended ? (
        <p className="mt-8">
          <Link href={`/account/feedback/${form.registrationId}`}>{form.feedback ? tFeedback("cpdFeedbackLink") : tFeedback("sessionLink")}</Link>
        </p>
      ) : null}
      <p className="mt-4">
        <Link href="/account/cpd">{t("record.back")}</Link>
      </p>
    </>
  );
}
