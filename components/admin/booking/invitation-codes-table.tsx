import { useLocale, useTranslations } from "next-intl";
import { withdrawInvitationCodeAction } from "@/app/admin/sessions/[sessionId]/booking/actions";
import { ActionButtonForm } from "@/components/admin/sessions/action-button-form";
import { TableRegion } from "@/components/table-region";
import type { SessionBooking } from "@/lib/admin/booking/get-session-booking";
import { formatMoment } from "@/lib/admin/registrations/format-times";
import { dateLocale } from "@/lib/i18n/locales";

type Props = { sessionId: string; codes: SessionBooking["codes"]; timeZone: string };

/** A session's invitation codes: who each is for, how often it has been used, until when, and a button to withdraw it. */
export function InvitationCodesTable({ sessionId, codes, timeZone }: Props) {
  const t = useTranslations("admin.booking.codes");
  const dates = dateLocale(useLocale());
  const now = new Date();
  if (codes.length === 0) return <p>{t("none")}</p>;
  return (
    <TableRegion label={t("region")}>
      <table className="data-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.code")}</th>
            <th scope="col">{t("columns.label")}</th>
            <th scope="col" className="numeric">
              {t("columns.uses")}
            </th>
            <th scope="col">{t("columns.expires")}</th>
            <th scope="col">{t("columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => {
            const expired = code.expiresAt !== null && code.expiresAt <= now;
            const usedUp = code.maxUses !== null && code.uses >= code.maxUses;
            return (
              <tr key={code.id}>
                <th scope="row" className="font-mono">
                  {code.code}
                </th>
                <td>{code.label}</td>
                <td className="numeric">
                  {code.maxUses === null ? t("usesUnlimited", { uses: code.uses }) : t("usesOf", { uses: code.uses, max: code.maxUses })}
                  {usedUp ? <span className="block font-bold">{t("usedUp")}</span> : null}
                </td>
                <td>
                  {code.expiresAt ? formatMoment(code.expiresAt, timeZone, dates) : t("noExpiry")}
                  {expired ? <span className="block font-bold">{t("expired")}</span> : null}
                </td>
                <td>
                  <ActionButtonForm
                    action={withdrawInvitationCodeAction}
                    fields={{ sessionId, codeId: code.id }}
                    label={
                      <>
                        {t("withdraw")}
                        <span className="sr-only"> {code.label}</span>
                      </>
                    }
                    variant="secondary"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
