import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MessagesSections } from "@/components/admin/messages/messages-sections";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { getWeekMessagesPage } from "@/lib/messages/get-messages-page";
import { formatDateRange } from "@/lib/programme/event-time";

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.messages"))("weekTitle") };
}

/** Messages to the people of every session of a week: each person gets one copy. */
export default async function WeekMessagesPage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const query = await searchParams;
  const organiser = await requireOrganiser(`/admin/events/${encodeURIComponent(eventId)}/messages`);
  const data = await getWeekMessagesPage(prisma, organiser, eventId, typeof query.draft === "string" ? query.draft : undefined);
  if (!data) notFound();
  const t = await getTranslations("admin.messages");
  const dates = dateLocale(await getLocale());
  const { event } = data;
  return (
    <>
      <PageHeading caption={`${t("weekTitle")} · ${formatDateRange(event.startDate, event.endDate, dates)}`} title={event.title} />
      <p className="mb-4">
        <Link href={`/admin/events/${encodeURIComponent(event.id)}`}>{t("backToWeek")}</Link>
      </p>
      <SuccessNotice message={query.done === "discarded" ? t("detail.discardedNotice") : undefined} />
      <p className="mb-8 max-w-prose">{t("weekIntro")}</p>

      <MessagesSections data={data} scope={{ eventId: event.id }} caption={t("list.weekCaption")} />
    </>
  );
}
