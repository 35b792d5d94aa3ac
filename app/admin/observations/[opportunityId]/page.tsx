import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { deleteOpportunityAction, removeSlotAction } from "@/app/admin/observations/actions";
import { OpportunityForm } from "@/components/admin/observations/opportunity-form";
import { SlotForm } from "@/components/admin/observations/slot-form";
import { ActionButtonForm } from "@/components/admin/sessions/action-button-form";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { TableRegion } from "@/components/table-region";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { getObservationOpportunity } from "@/lib/observations/list-observations";
import { formatLongDate, formatTimeRange } from "@/lib/programme/event-time";

type Props = { params: Promise<{ opportunityId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observations.admin"))("title") };
}

/** One observation opportunity: its details, its slots with who is booked, a slot form, and deletion while nobody is booked. */
export default async function ObservationOpportunityPage({ params, searchParams }: Props) {
  const { opportunityId } = await params;
  const organiser = await requireOrganiser(`/admin/observations/${encodeURIComponent(opportunityId)}`);
  const opportunity = await getObservationOpportunity(prisma, organiser, opportunityId);
  if (!opportunity) notFound();
  const t = await getTranslations("observations.admin");
  const dates = dateLocale(await getLocale());
  const zone = opportunity.event.timeZone;
  const query = await searchParams;
  const done = query.done === "created" ? t("form.created") : query.done === "slotRemoved" ? t("slots.removed") : undefined;
  const anyBooked = opportunity.slots.some((slot) => slot.bookings.length > 0);
  return (
    <>
      <nav aria-label={t("back")} className="mb-4">
        <Link href={`/admin/observations?event=${encodeURIComponent(opportunity.event.slug)}`}>{t("back")}</Link>
      </nav>
      <PageHeading title={opportunity.team} caption={`${t("title")} · ${opportunity.event.title}`} />
      <SuccessNotice message={done} />

      <section aria-labelledby="slots-heading" className="mb-12">
        <h2 id="slots-heading" className="mb-3 text-2xl">
          {t("slots.heading", { count: opportunity.slots.length })}
        </h2>
        {opportunity.slots.length === 0 ? (
          <p className="mb-4">{t("slots.none")}</p>
        ) : (
          <TableRegion label={t("slots.region")} className="mb-6">
            <table className="data-table">
              <caption className="sr-only">{t("slots.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("slots.when")}</th>
                  <th scope="col">{t("slots.booked")}</th>
                  <th scope="col">{t("slots.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {opportunity.slots.map((slot) => {
                  const when = `${formatLongDate(slot.startsAt, zone, dates)}, ${formatTimeRange(slot.startsAt, slot.endsAt, zone, dates)}`;
                  return (
                    <tr key={slot.id}>
                      <th scope="row">{when}</th>
                      <td>
                        {slot.bookings.length === 0 ? (
                          <span className="text-muted">{t("slots.nobody")}</span>
                        ) : (
                          <ul>
                            {slot.bookings.map((booking) => (
                              <li key={booking.id}>
                                {booking.user.name} <span className="text-sm [overflow-wrap:anywhere]">({booking.user.email})</span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        {slot.bookings.length === 0 ? (
                          <ActionButtonForm
                            action={removeSlotAction}
                            fields={{ opportunityId: opportunity.id, slotId: slot.id }}
                            label={
                              <>
                                {t("slots.remove")}
                                <span className="sr-only"> {when}</span>
                              </>
                            }
                            variant="secondary"
                          />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
        )}
        <h3 className="mb-3 text-xl">{t("slots.addHeading")}</h3>
        <SlotForm opportunityId={opportunity.id} defaultDate={opportunity.event.startDate.toISOString().slice(0, 10)} />
      </section>

      <section aria-labelledby="details-heading" className="mb-12 border-t-4 border-brand pt-6">
        <h2 id="details-heading" className="mb-3 text-2xl">
          {t("form.save")}
        </h2>
        <OpportunityForm
          opportunityId={opportunity.id}
          initial={{
            eventId: opportunity.eventId,
            team: opportunity.team,
            teamCy: opportunity.teamCy ?? "",
            activity: opportunity.activity,
            description: opportunity.description ?? "",
            descriptionCy: opportunity.descriptionCy ?? "",
            format: opportunity.format,
            location: opportunity.location,
            observersPerSlot: String(opportunity.observersPerSlot),
            hostName: opportunity.hostName,
            hostEmail: opportunity.hostEmail,
          }}
        />
      </section>

      <section aria-labelledby="delete-heading" className="border-t-4 border-danger pt-6">
        <h2 id="delete-heading" className="mb-3 text-2xl">
          {t("delete.heading")}
        </h2>
        <p className="mb-3">{t("delete.intro")}</p>
        {anyBooked ? (
          <p className="font-bold">{t("errors.hasBookings")}</p>
        ) : (
          <ActionButtonForm
            action={deleteOpportunityAction}
            fields={{ opportunityId: opportunity.id, eventId: opportunity.event.slug }}
            label={t("delete.button")}
            variant="danger"
          />
        )}
      </section>
    </>
  );
}
