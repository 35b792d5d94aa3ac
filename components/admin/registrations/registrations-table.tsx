import { useLocale, useTranslations } from "next-intl";
import { TableRegion } from "@/components/table-region";
import { formatMoment } from "@/lib/admin/registrations/format-times";
import type { AdminRegistration } from "@/lib/admin/registrations/get-session-registrations";
import { dateLocale } from "@/lib/i18n/locales";
import { AttendanceLabel } from "./attendance-label";
import { CancelRegistrationForm } from "./cancel-registration-form";
import { PromoteForm } from "./promote-form";

type Row = AdminRegistration & { rank?: number };

type Props = {
  kind: "confirmed" | "waitingList" | "cancelled";
  rows: Row[];
  sessionId: string;
  timeZone: string;
  /** Places and the waiting list can still change (the session is not cancelled). */
  editable: boolean;
};

const noneKey = { confirmed: "noneConfirmed", waitingList: "noneWaiting", cancelled: "noneCancelled" } as const;
const regionKey = { confirmed: "confirmedRegion", waitingList: "waitingListRegion", cancelled: "cancelledRegion" } as const;

/** One of the three lists of a session's registrations, as a table with its own heading. */
export function RegistrationsTable({ kind, rows, sessionId, timeZone, editable }: Props) {
  const t = useTranslations("admin.registrations");
  const dates = dateLocale(useLocale());
  const headingId = `${kind}-heading`;
  const showActions = editable && kind !== "cancelled";
  return (
    <section aria-labelledby={headingId} className="mb-10">
      <h2 id={headingId} className="mb-3 text-2xl">
        {t(`tables.${kind}`, { count: rows.length })}
      </h2>
      {rows.length === 0 ? (
        <p>{t(`tables.${noneKey[kind]}`)}</p>
      ) : (
        <TableRegion label={t(`tables.${regionKey[kind]}`)}>
          <table className="data-table">
            <caption className="sr-only">{t(`tables.${kind}`, { count: rows.length })}</caption>
            <thead>
              <tr>
                {kind === "waitingList" ? (
                  <th scope="col" className="numeric">
                    {t("columns.position")}
                  </th>
                ) : null}
                <th scope="col">{t("columns.nameAndEmail")}</th>
                <th scope="col">{t("columns.organisation")}</th>
                <th scope="col">{t("columns.regulator")}</th>
                <th scope="col">{t("columns.registeredAt")}</th>
                {kind === "cancelled" ? <th scope="col">{t("columns.cancelledAt")}</th> : null}
                <th scope="col">{t("columns.attendance")}</th>
                {showActions ? <th scope="col">{t("columns.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} id={`registration-${row.id}`}>
                  {kind === "waitingList" ? <td className="numeric">{row.rank}</td> : null}
                  <th scope="row">
                    {row.user.name}
                    <span className="block text-sm font-normal [overflow-wrap:anywhere]">{row.user.email}</span>
                  </th>
                  <td>{[row.user.organisation, row.user.jobRole].filter(Boolean).join(", ") || <span className="text-muted">{t("notGiven")}</span>}</td>
                  <td>
                    <RegulatorLabel regulator={row.user.regulator} />
                    {row.user.registrationNumber ? (
                      <span className="block text-sm">{t("registrationNumber", { number: row.user.registrationNumber })}</span>
                    ) : null}
                  </td>
                  <td className="whitespace-nowrap">{formatMoment(row.createdAt, timeZone, dates)}</td>
                  {kind === "cancelled" ? (
                    <td className="whitespace-nowrap">{row.cancelledAt ? formatMoment(row.cancelledAt, timeZone, dates) : null}</td>
                  ) : null}
                  <td>
                    <AttendanceLabel attendance={row.attendance} />
                  </td>
                  {showActions ? (
                    <td className="min-w-56">
                      {kind === "waitingList" ? <PromoteForm sessionId={sessionId} registrationId={row.id} name={row.user.name} /> : null}
                      <CancelRegistrationForm sessionId={sessionId} registrationId={row.id} name={row.user.name} waiting={kind === "waitingList"} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

function RegulatorLabel({ regulator }: { regulator: AdminRegistration["user"]["regulator"] }) {
  const t = useTranslations("account.regulators");
  return <>{t(regulator)}</>;
}
