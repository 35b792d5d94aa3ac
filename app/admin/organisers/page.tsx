import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AddOrganiserForm, RemoveOrganiserForm, WithdrawInvitationForm } from "@/components/admin/organisers/organiser-forms";
import { SuccessNotice } from "@/components/forms/success-notice";
import { PageHeading } from "@/components/page-heading";
import { TableRegion } from "@/components/table-region";
import { listOrganisers } from "@/lib/admin/organisers/list-organisers";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { formatClock, formatLongDate } from "@/lib/programme/event-time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.organisers");
  return { title: t("metaTitle") };
}

const LONDON = "Europe/London";

export default async function OrganisersPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/organisers");
  const t = await getTranslations("admin.organisers");
  const dates = dateLocale(await getLocale());
  const { notice } = await searchParams;
  const { organisers, invitations } = await listOrganisers(prisma, organiser);
  const now = new Date();

  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      <SuccessNotice message={notice === "removed" ? t("remove.done") : notice === "withdrawn" ? t("invitations.withdrawn") : undefined} />

      <section aria-labelledby="add-heading" className="mb-12">
        <h2 id="add-heading" className="mb-2 text-2xl">
          {t("add.heading")}
        </h2>
        <p className="mb-4 max-w-prose">{t("add.intro")}</p>
        {/* A fresh form after a removal or withdrawal, so an older "added" message is not shown beside the new notice. */}
        <AddOrganiserForm key={typeof notice === "string" ? notice : "form"} />
      </section>

      <section aria-labelledby="organisers-heading" className="mb-12">
        <h2 id="organisers-heading" className="mb-4 text-2xl">
          {t("list.heading")}
        </h2>
        <TableRegion label={t("list.region")}>
          <table className="data-table">
            <caption className="sr-only">{t("list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.name")}</th>
                <th scope="col">{t("list.email")}</th>
                <th scope="col">{t("list.since")}</th>
                <th scope="col">{t("list.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {organisers.map((person) => (
                <tr key={person.id}>
                  <th scope="row" className="font-normal">
                    {person.name} {person.id === organiser.id ? <span className="font-bold">{t("list.you")}</span> : null}
                  </th>
                  <td className="[overflow-wrap:anywhere]">{person.email}</td>
                  <td>{formatLongDate(person.since, LONDON, dates)}</td>
                  <td>
                    <RemoveOrganiserForm userId={person.id} name={person.name} isYou={person.id === organiser.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="invitations-heading" className="mb-12">
        <h2 id="invitations-heading" className="mb-4 text-2xl">
          {t("invitations.heading")}
        </h2>
        {invitations.length === 0 ? (
          <p>{t("invitations.none")}</p>
        ) : (
          <TableRegion label={t("invitations.region")}>
            <table className="data-table">
              <caption className="sr-only">{t("invitations.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("invitations.email")}</th>
                  <th scope="col">{t("invitations.invitedBy")}</th>
                  <th scope="col">{t("invitations.invitedAt")}</th>
                  <th scope="col">{t("invitations.expires")}</th>
                  <th scope="col">{t("invitations.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row" className="font-normal [overflow-wrap:anywhere]">
                      {invitation.email}
                    </th>
                    <td>{invitation.invitedBy ? invitation.invitedBy.name : t("invitations.unknownInviter")}</td>
                    <td>{formatLongDate(invitation.createdAt, LONDON, dates)}</td>
                    <td>
                      {invitation.linkExpiresAt === null
                        ? t("invitations.notSent")
                        : invitation.linkExpiresAt <= now
                          ? t("invitations.expired")
                          : `${formatClock(invitation.linkExpiresAt, LONDON, dates)}, ${formatLongDate(invitation.linkExpiresAt, LONDON, dates)}`}
                    </td>
                    <td>
                      <WithdrawInvitationForm invitationId={invitation.id} email={invitation.email} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </>
  );
}
