import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getEventForEditing } from "@/lib/admin/events/get-event-for-editing";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { formatDateRange } from "@/lib/programme/event-time";
import { DeleteEventForm } from "../../delete-event-form";

type Props = { params: Promise<{ eventId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { eventId } = await params;
  const organiser = await requireOrganiser(`/admin/events/${eventId}/delete`);
  const event = await getEventForEditing(prisma, organiser, eventId);
  const t = await getTranslations("admin.events.delete");
  return { title: event ? t("metaTitle", { title: event.title }) : undefined };
}

export default async function DeleteEventPage({ params }: Props) {
  const { eventId } = await params;
  const organiser = await requireOrganiser(`/admin/events/${eventId}/delete`);
  const event = await getEventForEditing(prisma, organiser, eventId);
  if (!event) notFound();
  const t = await getTranslations("admin.events");
  const dates = dateLocale(await getLocale());
  return (
    <>
      <PageHeading
        title={t("delete.heading", { title: event.title })}
        caption={`${t("delete.caption")} · ${formatDateRange(event.startDate, event.endDate, dates)}`}
      />
      {event.sessionCount > 0 ? (
        <>
          <p className="mb-6 max-w-prose border-l-4 border-danger p-3 font-bold">{t("edit.cannotDelete", { count: event.sessionCount })}</p>
          <ul className="space-y-2">
            <li>
              <Link href={`/admin/sessions?event=${event.id}`}>{t("edit.sessionsLink", { count: event.sessionCount })}</Link>
            </li>
            <li>
              <Link href={`/admin/events/${event.id}`}>{t("delete.back")}</Link>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p className="mb-6 max-w-prose text-lg">
            {event.themeCount > 0 ? t("delete.warningThemes", { count: event.themeCount }) : t("delete.warningNoThemes")}
          </p>
          <DeleteEventForm eventId={event.id} />
        </>
      )}
    </>
  );
}
