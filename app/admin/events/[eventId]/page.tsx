import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BookingRuleForm } from "@/components/admin/booking/booking-rule-form";
import { EmbedSettingsForm } from "@/components/admin/events/embed-settings-form";
import { EmbedSnippets } from "@/components/admin/events/embed-snippets";
import { SuccessNotice } from "@/components/forms/success-notice";
import { PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getEventForEditing, type EventForEditing } from "@/lib/admin/events/get-event-for-editing";
import { timeZoneChoices } from "@/lib/admin/events/time-zones";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { formatDateRange, formatLongDate } from "@/lib/programme/event-time";
import { setEmbedOriginsAction, setWeekBookingRuleAction } from "../actions";
import { EventForm, type EventFormValues } from "../event-form";
import { EventStatusForm } from "../event-status-form";

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { eventId } = await params;
  const organiser = await requireOrganiser(`/admin/events/${eventId}`);
  const event = await getEventForEditing(prisma, organiser, eventId);
  const t = await getTranslations("admin.events.edit");
  return { title: event ? t("metaTitle", { title: event.title }) : undefined };
}

function formValues(event: EventForEditing): EventFormValues {
  return {
    title: event.title,
    titleCy: event.titleCy ?? "",
    slug: event.slug,
    summary: event.summary,
    summaryCy: event.summaryCy ?? "",
    description: event.description ?? "",
    descriptionCy: event.descriptionCy ?? "",
    startDate: event.startDate.toISOString().slice(0, 10),
    endDate: event.endDate.toISOString().slice(0, 10),
    timeZone: event.timeZone,
    organiserName: event.organiserName,
    organiserNameCy: event.organiserNameCy ?? "",
    audienceNote: event.audienceNote.join("\n"),
    audienceNoteCy: event.audienceNoteCy.join("\n"),
    audiences: event.audiences.join(","),
  };
}

export default async function EditEventPage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const organiser = await requireOrganiser(`/admin/events/${eventId}`);
  const event = await getEventForEditing(prisma, organiser, eventId);
  if (!event) notFound();
  const [t, tBooking, tMessages, { created }] = await Promise.all([
    getTranslations("admin.events"),
    getTranslations("admin.booking"),
    getTranslations("admin.messages"),
    searchParams,
  ]);
  const tFeedback = await getTranslations("admin.feedback");
  const tEmbed = await getTranslations("admin.events.embed");
  const dates = dateLocale(await getLocale());
  const published = event.status === "PUBLISHED";
  return (
    <>
      <PageHeading title={event.title} caption={`${t("edit.caption")} · ${formatDateRange(event.startDate, event.endDate, dates)}`} />
      <SuccessNotice message={created === "1" ? t("edit.created") : undefined} />

      <section aria-labelledby="links-heading" className="mb-10">
        <h2 id="links-heading" className="mb-3 text-2xl">
          {t("edit.linksHeading")}
        </h2>
        <ul className="space-y-2">
          <li>
            <Link href={`/admin/sessions?event=${event.id}`}>{t("edit.sessionsLink", { count: event.sessionCount })}</Link>
          </li>
          <li>
            <Link href={`/admin/themes?event=${event.id}`}>{t("edit.themesLink", { count: event.themeCount })}</Link>
          </li>
          <li>
            <Link href={`/admin/events/${event.id}/messages`}>{tMessages("weekLink")}</Link>
          </li>
          <li>
            <Link href={`/admin/events/${event.id}/feedback`}>{tFeedback("weekLink")}</Link>
          </li>
          <li>
            {/* A plain link: the CSV is a download, not a page for the client router. */}
            <PlainLink href={`/admin/events/${event.id}/registrations.csv`} download>
              {t("edit.csvLink")}
            </PlainLink>
          </li>
          {published ? (
            <li>
              <Link href={`/programme?week=${event.slug}`}>{t("edit.publicLink")}</Link>
            </li>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="publication-heading" className="mb-10 border-t-4 border-brand pt-6">
        <h2 id="publication-heading" className="mb-3 text-2xl">
          {t("publication.heading")}
        </h2>
        <p className="mb-3 font-bold">
          {published && event.publishedAt
            ? t("publication.isPublished", { date: formatLongDate(event.publishedAt, event.timeZone, dates) })
            : t("publication.isDraft")}
        </p>
        <EventStatusForm eventId={event.id} published={published} />
      </section>

      <section aria-labelledby="details-heading" className="mb-10 border-t-4 border-brand pt-6">
        <h2 id="details-heading" className="mb-4 text-2xl">
          {t("edit.detailsHeading")}
        </h2>
        <EventForm eventId={event.id} initial={formValues(event)} timeZones={timeZoneChoices(event.timeZone)} />
      </section>

      <section aria-labelledby="booking-heading" className="mb-10 border-t-4 border-brand pt-6">
        <h2 id="booking-heading" className="mb-3 text-2xl">
          {tBooking("weekHeading")}
        </h2>
        <p className="mb-4 max-w-prose">{tBooking("weekIntro")}</p>
        <BookingRuleForm
          action={setWeekBookingRuleAction}
          id={{ eventId: event.id }}
          initial={{
            bookingRule: event.bookingRule,
            bookingDomains: event.bookingDomains.join(", "),
            bookingAudience: event.bookingAudience ?? "",
            bookingAudienceCy: event.bookingAudienceCy ?? "",
            unlisted: "",
          }}
        />
      </section>

      <section aria-labelledby="embed-heading" className="mb-10 border-t-4 border-brand pt-6">
        <h2 id="embed-heading" className="mb-3 text-2xl">
          {tEmbed("heading")}
        </h2>
        <p className="mb-4 max-w-prose">{tEmbed("intro")}</p>
        <EmbedSettingsForm action={setEmbedOriginsAction} eventId={event.id} initial={event.embedOrigins.join("\n")} />
        <EmbedSnippets event={event} published={published} />
      </section>

      <section aria-labelledby="delete-heading" className="border-t-4 border-danger pt-6">
        <h2 id="delete-heading" className="mb-3 text-2xl">
          {t("edit.deleteHeading")}
        </h2>
        {event.sessionCount > 0 ? (
          <p className="max-w-prose">{t("edit.cannotDelete", { count: event.sessionCount })}</p>
        ) : (
          <p>
            <Link href={`/admin/events/${event.id}/delete`} className="button button-danger">
              {t("edit.deleteLink")}
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
