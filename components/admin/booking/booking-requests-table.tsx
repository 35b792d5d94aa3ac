import { useLocale, useTranslations } from "next-intl";
import { decideBookingRequestAction } from "@/app/admin/sessions/[sessionId]/booking/actions";
import { ActionButtonForm } from "@/components/admin/sessions/action-button-form";
import { TableRegion } from "@/components/table-region";
import type { SessionBooking } from "@/lib/admin/booking/get-session-booking";
import { formatMoment } from "@/lib/admin/registrations/format-times";
import { dateLocale } from "@/lib/i18n/locales";

type Props = { sessionId: string; requests: SessionBooking["pending"]; timeZone: string };

/** Requests for a place waiting for a decision, oldest first, each with Approve and Decline. */
export function BookingRequestsTable({ sessionId, requests, timeZone }: Props) {
  const t = useTranslations("admin.booking.requests");
  const dates = dateLocale(useLocale());
  if (requests.length === 0) return <p>{t("none")}</p>;
  return (
    <TableRegion label={t("region")}>
      <table className="data-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.person")}</th>
            <th scope="col">{t("columns.organisation")}</th>
            <th scope="col">{t("columns.askedAt")}</th>
            <th scope="col">{t("columns.decision")}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id} id={`request-${request.id}`}>
              <th scope="row">
                {request.user.name}
                <span className="block text-sm font-normal [overflow-wrap:anywhere]">{request.user.email}</span>
              </th>
              <td>{[request.user.organisation, request.user.jobRole].filter(Boolean).join(", ") || <span className="text-muted">{t("notGiven")}</span>}</td>
              <td className="whitespace-nowrap">{formatMoment(request.createdAt, timeZone, dates)}</td>
              <td className="min-w-56">
                <div className="flex flex-wrap gap-2">
                  <ActionButtonForm
                    action={decideBookingRequestAction}
                    fields={{ sessionId, requestId: request.id, decision: "approve" }}
                    label={
                      <>
                        {t("approve")}
                        <span className="sr-only"> {request.user.name}</span>
                      </>
                    }
                  />
                  <ActionButtonForm
                    action={decideBookingRequestAction}
                    fields={{ sessionId, requestId: request.id, decision: "decline" }}
                    label={
                      <>
                        {t("decline")}
                        <span className="sr-only"> {request.user.name}</span>
                      </>
                    }
                    variant="secondary"
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
