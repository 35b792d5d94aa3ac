import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ContentText } from "@/components/content-text";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { ObservationButton } from "@/components/observations/observation-button";
import { PageHeading } from "@/components/page-heading";
import { TableRegion } from "@/components/table-region";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { isSeniorLeader } from "@/lib/observations/get-my-observation";
import { listObservationsForLeader } from "@/lib/observations/list-my-observations";
import { formatLongDate, formatTimeRange } from "@/lib/programme/event-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observations.leader"))("title"), robots: { index: false } };
}

/** A senior leader's practice observations: slots to book, and their own observations with the reflection afterwards. */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MyObservationsPage({ searchParams }: Props) {
  const user = await requireUser("/account/observations");
  const done = (await searchParams).done;
  const t = await getTranslations("observations.leader");
  const tActivity = await getTranslations("observations.activityLabels");
  const tFormat = await getTranslations("formats");
  const dates = dateLocale(await getLocale());
  const [leader, data] = await Promise.all([isSeniorLeader(prisma, user.id), listObservationsForLeader(prisma, user.id)]);
  if (!leader && data.mine.length === 0) {
    return (
      <>
        <PageHeading title={t("title")} />
        <p className="max-w-prose">{t("notLeader")}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
      <SuccessNotice message={done === "booked" ? t("booked") : done === "cancelled" ? t("cancelled") : undefined} />

      <section aria-labelledby="mine-heading" className="mb-12">
        <h2 id="mine-heading" className="mb-3 text-2xl">
          {t("mineHeading")}
        </h2>
        {data.mine.length === 0 ? <p>{t("mineNone")}</p> : null}
        <ul className="space-y-4">
          {data.mine.map((booking) => {
            const { opportunity } = booking.slot;
            const zone = opportunity.event.timeZone;
            return (
              <li key={booking.id} className="border-l-4 border-brand bg-panel p-3">
                <p className="font-bold">
                  <ContentText en={opportunity.team} cy={opportunity.teamCy} /> · {tActivity(opportunity.activity)}
                </p>
                <p>
                  {formatLongDate(booking.slot.startsAt, zone, dates)}, {formatTimeRange(booking.slot.startsAt, booking.slot.endsAt, zone, dates)}
                </p>
                <p>{t("where", { location: `${tFormat(opportunity.format)}: ${opportunity.location}` })}</p>
                <p className="mb-2">{t("host", { name: opportunity.hostName })}</p>
                {booking.past ? (
                  <p className="flex flex-wrap gap-x-4">
                    {booking.reflectedAt ? <span className="font-bold">{t("reflected")}</span> : null}
                    <Link href={`/account/observations/${booking.id}`}>{booking.reflectedAt ? t("editReflection") : t("reflect")}</Link>
                    {booking.cpdEntry ? <span>{t("logged")}</span> : <Link href={`/account/cpd/new?observation=${booking.id}`}>{t("logCpd")}</Link>}
                  </p>
                ) : (
                  <ObservationButton mode="cancel" bookingId={booking.id} label={t("cancel")} />
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {leader ? (
        <section aria-labelledby="upcoming-heading" className="mb-12">
          <h2 id="upcoming-heading" className="mb-3 text-2xl">
            {t("upcomingHeading")}
          </h2>
          {data.opportunities.every((opportunity) => opportunity.slots.length === 0) ? <p>{t("none")}</p> : null}
          {data.opportunities
            .filter((opportunity) => opportunity.slots.length > 0)
            .map((opportunity) => {
              const zone = opportunity.event.timeZone;
              const caption = t("slotsCaption", { team: opportunity.team });
              return (
                <article key={opportunity.id} className="mb-8" aria-labelledby={`opportunity-${opportunity.id}`}>
                  <h3 id={`opportunity-${opportunity.id}`} className="text-xl">
                    <ContentText en={opportunity.team} cy={opportunity.teamCy} />
                  </h3>
                  <p>
                    {tActivity(opportunity.activity)} · {tFormat(opportunity.format)}
                  </p>
                  {opportunity.description ? (
                    <ContentText as="p" className="mb-2 max-w-prose whitespace-pre-line" en={opportunity.description} cy={opportunity.descriptionCy} />
                  ) : null}
                  <TableRegion label={caption}>
                    <table className="data-table">
                      <caption className="sr-only">{caption}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("when")}</th>
                          <th scope="col">{t("places")}</th>
                          <th scope="col">{t("action")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {opportunity.slots.map((slot) => {
                          const when = `${formatLongDate(slot.startsAt, zone, dates)}, ${formatTimeRange(slot.startsAt, slot.endsAt, zone, dates)}`;
                          return (
                            <tr key={slot.id}>
                              <th scope="row">{when}</th>
                              <td>{slot.mine ? t("yours") : slot.left > 0 ? t("left", { count: slot.left }) : t("full")}</td>
                              <td>
                                {!slot.mine && slot.left > 0 ? (
                                  <ObservationButton
                                    mode="book"
                                    slotId={slot.id}
                                    label={
                                      <>
                                        {t("book")}
                                        <span className="sr-only"> {when}</span>
                                      </>
                                    }
                                  />
                                ) : null}
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </TableRegion>
                </article>
              );
            })}
        </section>
      ) : (
        <p className="max-w-prose">{t("notLeader")}</p>
      )}
    </>
  );
}
