import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { removeSeniorLeaderAction } from "@/app/admin/observations/actions";
import { OpportunityForm } from "@/components/admin/observations/opportunity-form";
import { SeniorLeaderForm } from "@/components/admin/observations/senior-leader-form";
import { ActionButtonForm } from "@/components/admin/sessions/action-button-form";
import { SelectField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuccessNotice } from "@/components/forms/success-notice";
import { GetForm, PlainLink } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { TableRegion } from "@/components/table-region";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { chooseObservationWeek } from "@/lib/observations/choose-week";
import { listSeniorLeaders, listWeekObservations } from "@/lib/observations/list-observations";
import { formatDateRange } from "@/lib/programme/event-time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observations.admin"))("title") };
}

/** A week's practice observations: who counts as a senior leader, what can be observed, and a form to add more. */
export default async function ObservationsPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/observations");
  const query = await searchParams;
  const t = await getTranslations("observations.admin");
  const tActivity = await getTranslations("observations.activityLabels");
  const { events, event } = await chooseObservationWeek(prisma, query.event);
  const dates = dateLocale(await getLocale());
  if (!event) {
    return (
      <>
        <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
        <p>
          <Link href="/admin/events/new">{t("noWeeks")}</Link>
        </p>
      </>
    );
  }
  const [opportunities, leaders] = await Promise.all([listWeekObservations(prisma, organiser, event.id), listSeniorLeaders(prisma, organiser)]);
  const done = query.done === "deleted" ? t("delete.deleted") : query.done === "leaderRemoved" ? t("leaders.removedDone") : undefined;
  return (
    <>
      <PageHeading title={t("title")} caption={event.title} lead={<p className="max-w-prose">{t("intro")}</p>} />
      <SuccessNotice message={done} />
      <GetForm action="/admin/observations" className="mb-6 flex flex-wrap items-end gap-x-4">
        <SelectField
          name="event"
          label={t("week")}
          options={events.map((option) => ({ value: option.slug, label: `${option.title} (${formatDateRange(option.startDate, option.endDate, dates)})` }))}
          defaultValue={event.slug}
        />
        <div className="mb-5">
          <SubmitButton secondary>{t("show")}</SubmitButton>
        </div>
      </GetForm>
      <ul className="mb-10 space-y-1">
        <li>
          <Link href={`/admin/observations/report?event=${encodeURIComponent(event.slug)}`}>{t("report")}</Link>
        </li>
        <li>
          <PlainLink href={`/admin/observations/report.csv?event=${encodeURIComponent(event.slug)}`} download>
            {t("reportCsv")}
          </PlainLink>
        </li>
      </ul>

      <section aria-labelledby="opportunities-heading" className="mb-12">
        <h2 id="opportunities-heading" className="mb-3 text-2xl">
          {t("opportunities.heading", { count: opportunities.length })}
        </h2>
        {opportunities.length === 0 ? <p>{t("opportunities.none")}</p> : null}
        <ul className="space-y-4">
          {opportunities.map((opportunity) => {
            const places = opportunity.slots.length * opportunity.observersPerSlot;
            const booked = opportunity.slots.reduce((sum, slot) => sum + slot.bookings.length, 0);
            return (
              <li key={opportunity.id} className="border-l-4 border-brand bg-panel p-3">
                <h3 className="text-lg">
                  <Link href={`/admin/observations/${opportunity.id}`}>{opportunity.team}</Link>
                </h3>
                <p>
                  {tActivity(opportunity.activity)} · {opportunity.location}
                </p>
                <p className="text-sm">
                  {t("opportunities.host", { name: opportunity.hostName })} · {t("opportunities.perSlot", { count: opportunity.observersPerSlot })} ·{" "}
                  {t("opportunities.slots", { count: opportunity.slots.length })} · {t("opportunities.booked", { booked, places })}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="add-opportunity-heading" className="mb-12 border-t-4 border-brand pt-6">
        <h2 id="add-opportunity-heading" className="mb-3 text-2xl">
          {t("form.addHeading")}
        </h2>
        <OpportunityForm
          initial={{
            eventId: event.id,
            team: "",
            teamCy: "",
            activity: "",
            description: "",
            descriptionCy: "",
            format: "IN_PERSON",
            location: "",
            observersPerSlot: "1",
            hostName: "",
            hostEmail: "",
          }}
        />
      </section>

      <section aria-labelledby="leaders-heading" className="mb-12 border-t-4 border-brand pt-6">
        <h2 id="leaders-heading" className="mb-3 text-2xl">
          {t("leaders.heading", { count: leaders.length })}
        </h2>
        <p className="mb-3 max-w-prose">{t("leaders.intro")}</p>
        {leaders.length === 0 ? (
          <p className="mb-4">{t("leaders.none")}</p>
        ) : (
          <TableRegion label={t("leaders.caption")} className="mb-6">
            <table className="data-table">
              <caption className="sr-only">{t("leaders.caption")}</caption>
              <tbody>
                {leaders.map((leader) => (
                  <tr key={leader.id}>
                    <th scope="row">
                      {leader.name}
                      <span className="block text-sm font-normal [overflow-wrap:anywhere]">{leader.email}</span>
                    </th>
                    <td>{leader.jobRole ?? ""}</td>
                    <td>
                      <ActionButtonForm
                        action={removeSeniorLeaderAction}
                        fields={{ userId: leader.id, event: event.slug }}
                        label={
                          <>
                            {t("leaders.remove")}
                            <span className="sr-only"> {leader.name}</span>
                          </>
                        }
                        variant="secondary"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
        <SeniorLeaderForm />
      </section>
    </>
  );
}
