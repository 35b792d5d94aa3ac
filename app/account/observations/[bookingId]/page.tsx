import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { ReflectionForm } from "@/components/observations/reflection-form";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { contentTextIn } from "@/lib/i18n/content";
import { dateLocale } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getMyObservation } from "@/lib/observations/get-my-observation";
import { formatLongDate } from "@/lib/programme/event-time";

type Props = { params: Promise<{ bookingId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observations.leader.reflection"))("title"), robots: { index: false } };
}

/** The reflection on one of the caller's own observations, once it has started; someone else's is "not found". */
export default async function ObservationReflectionPage({ params }: Props) {
  const { bookingId } = await params;
  const user = await requireUser(`/account/observations/${encodeURIComponent(bookingId)}`);
  const booking = await getMyObservation(prisma, user.id, bookingId);
  if (!booking || booking.slot.startsAt > new Date()) notFound();
  const t = await getTranslations("observations.leader");
  const tActivity = await getTranslations("observations.activityLabels");
  const { opportunity } = booking.slot;
  const lead = t("reflection.lead", {
    activity: tActivity(opportunity.activity),
    team: contentTextIn(await pageLocale(), opportunity.team, opportunity.teamCy),
    date: formatLongDate(booking.slot.startsAt, opportunity.event.timeZone, dateLocale(await getLocale())),
  });
  return (
    <>
      <nav aria-label={t("reflection.back")} className="mb-4">
        <Link href="/account/observations">{t("reflection.back")}</Link>
      </nav>
      <PageHeading title={t("reflection.title")} lead={<p>{lead}</p>} />
      <p className="mb-6 max-w-prose">{t("reflection.intro")}</p>
      <ReflectionForm
        bookingId={booking.id}
        initial={{
          workingWell: booking.workingWell ?? "",
          couldBeBetter: booking.couldBeBetter ?? "",
          themes: booking.themes ?? "",
          followUp: booking.followUp ?? "",
        }}
      />
    </>
  );
}
