import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { getMyFeedback } from "@/lib/feedback/get-my-feedback";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatLongDate } from "@/lib/programme/event-time";

type Props = { params: Promise<{ registrationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback.form"))("metaTitle"), robots: { index: false } };
}

/** Feedback on one session the person attended: the form once it has ended, then what they gave and the way into their CPD entry. */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const { registrationId } = await params;
  const user = await requireUser(`/account/feedback/${encodeURIComponent(registrationId)}`);
  const t = await getTranslations("feedback");
  const registration = await getMyFeedback(prisma, user.id, registrationId);
  const back = (
    <p className="mt-8">
      <Link href="/account">{t("backToAccount")}</Link>
    </p>
  );
  if (!registration) {
    return (
      <>
        <PageHeading title={t("form.metaTitle")} lead={<p>{t("notAttended")}</p>} />
        {back}
      </>
    );
  }
  const locale = await pageLocale();
  const dates = dateLocale(await getLocale());
  const { session, feedback, cpdEntry } = registration;
  const title = contentTextIn(locale, session.title, session.titleCy);
  const date = formatLongDate(session.startsAt, session.event.timeZone, dates);
  const heading = t("form.heading", { session: title });
  if (session.endsAt > new Date()) {
    return (
      <>
        <PageHeading title={heading} lead={<p>{t("notEnded")}</p>} />
        {back}
      </>
    );
  }
  if (!feedback) {
    return (
      <>
        <PageHeading title={heading} lead={<p>{t("form.lead", { date })}</p>} />
        <FeedbackForm registrationId={registration.id} mostUsefulFromCpd={cpdEntry?.learning ?? null} />
        {back}
      </>
    );
  }
  const given = (await searchParams).given === "1";
  return (
    <>
      <PageHeading title={heading} lead={<p>{t("given.sent", { date: formatLongDate(feedback.createdAt, session.event.timeZone, dates) })}</p>} />
      <SuccessNotice message={given ? t("given.heading") : undefined} />
      <ul className="mb-6 max-w-prose space-y-1 font-bold">
        <li>{t("given.relevance", { score: feedback.relevance })}</li>
        <li>{t("given.quality", { score: feedback.quality })}</li>
      </ul>
      {(["mostUseful", "couldBeBetter"] as const).map((field) =>
        feedback[field] ? (
          <section key={field} aria-labelledby={`${field}-heading`} className="mb-6 max-w-prose">
            <h2 id={`${field}-heading`} className="mb-1 text-xl">
              {t(`given.${field}`)}
            </h2>
            <p className="whitespace-pre-wrap">{feedback[field]}</p>
          </section>
        ) : null,
      )}
      <p className="mb-6">{feedback.showName ? t("given.named") : t("given.anonymous")}</p>
      {cpdEntry ? (
        <p>
          <Link href={`/account/cpd/sessions/${registration.id}`}>{t("given.openCpd")}</Link>
        </p>
      ) : (
        <>
          <p>
            <Link href={`/account/cpd/sessions/${registration.id}?from=feedback`} className="button">
              {t("given.carry")}
            </Link>
          </p>
          <p className="mt-2 max-w-prose text-sm text-muted">{t("given.carryHint")}</p>
        </>
      )}
      {back}
    </>
  );
}
