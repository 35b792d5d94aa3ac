import { useFormatter, useTranslations } from "next-intl";
import { TableRegion } from "@/components/table-region";
import type { SessionAccessNeeds } from "@/lib/admin/registrations/get-access-needs";

/** What people booked on a session need to take part: counts by need, then who needs what (organisers only). */
export function AccessNeedsSection({ access }: { access: SessionAccessNeeds }) {
  const t = useTranslations("admin.registrations.access");
  const tNeeds = useTranslations("registration.access.needs");
  const format = useFormatter();
  return (
    <section aria-labelledby="access-needs-heading" className="mb-10">
      <h2 id="access-needs-heading" className="mb-3 text-2xl">
        {t("heading", { count: access.people.length })}
      </h2>
      <p className="mb-3 max-w-prose">{t("intro")}</p>
      {access.people.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <table className="data-table mb-6 max-w-xl">
            <caption className="sr-only">{t("countsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.need")}</th>
                <th scope="col" className="numeric">
                  {t("columns.count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {access.counts.map(({ need, count }) => (
                <tr key={need}>
                  <th scope="row">{tNeeds(need)}</th>
                  <td className="numeric">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <TableRegion label={t("peopleRegion")}>
            <table className="data-table">
              <caption className="sr-only">{t("peopleCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("columns.person")}</th>
                  <th scope="col">{t("columns.needs")}</th>
                  <th scope="col">{t("columns.other")}</th>
                  <th scope="col">{t("columns.booking")}</th>
                </tr>
              </thead>
              <tbody>
                {access.people.map((person) => (
                  <tr key={person.registrationId}>
                    <th scope="row">
                      {person.name}
                      <span className="block text-sm font-normal [overflow-wrap:anywhere]">{person.email}</span>
                    </th>
                    <td>
                      {format.list(
                        person.needs.filter((need) => need !== "OTHER").map((need) => tNeeds(need)),
                        { type: "conjunction" },
                      )}
                    </td>
                    <td className="whitespace-pre-line">{person.other ?? ""}</td>
                    <td>{t(`booking.${person.status === "CONFIRMED" ? "CONFIRMED" : "WAITLISTED"}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </section>
  );
}
