import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditEntryChanges } from "@/components/admin/audit/audit-entry-changes";
import { ContentText } from "@/components/content-text";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/fields";
import { TextField } from "@/components/forms/text-field";
import { GetForm } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { TableRegion } from "@/components/table-region";
import { AUDIT_TIME_ZONE, auditEntityTypes, auditQueryString, parseAuditFilters } from "@/lib/admin/audit/audit-filters";
import { listAuditEntries } from "@/lib/admin/audit/list-audit-entries";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { timeZoneAbbreviation } from "@/lib/programme/event-time";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("metaTitle") };
}

function when(instant: Date): string {
  return `${format(new TZDate(instant, AUDIT_TIME_ZONE), "EEE d MMM yyyy, HH:mm:ss")} ${timeZoneAbbreviation(instant, AUDIT_TIME_ZONE)}`;
}

export default async function AuditLogPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/audit");
  const t = await getTranslations("admin.audit");
  const { filters, values, fieldErrors } = parseAuditFilters(await searchParams);
  const log = await listAuditEntries(prisma, organiser, filters);
  const errors = Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(`errors.${key}` as never)]));
  const entityLabel = (type: string) => ((auditEntityTypes as readonly string[]).includes(type) ? t(`entityTypes.${type}` as never) : type);

  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />

      <section aria-labelledby="filters-heading" className="no-print mb-10 border-l-4 border-brand bg-panel p-4">
        <h2 id="filters-heading" className="mb-4 text-xl">
          {t("filters.heading")}
        </h2>
        <GetForm action="/admin/audit" noValidate>
          <ErrorSummary errors={Object.keys(errors).length ? errors : undefined} />
          <div className="grid grid-cols-1 gap-x-6 md:grid-cols-2">
            <SelectField
              name="actor"
              label={t("filters.actor")}
              defaultValue={values.actor?.toLowerCase() ?? ""}
              options={[{ value: "", label: t("filters.anyActor") }, ...log.actors.map((email) => ({ value: email, label: email }))]}
              error={errors.actor}
            />
            <SelectField
              name="entityType"
              label={t("filters.entityType")}
              defaultValue={filters.entityType ?? ""}
              options={[{ value: "", label: t("filters.anyEntityType") }, ...auditEntityTypes.map((type) => ({ value: type, label: entityLabel(type) }))]}
              error={errors.entityType}
            />
            <SelectField
              name="action"
              label={t("filters.action")}
              defaultValue={values.action ?? ""}
              options={[{ value: "", label: t("filters.anyAction") }, ...log.actions.map((action) => ({ value: action, label: action }))]}
              error={errors.action}
            />
            <TextField
              name="entityId"
              label={t("filters.entityId")}
              hint={t("filters.entityIdHint")}
              defaultValue={values.entityId ?? ""}
              error={errors.entityId}
              spellCheck={false}
              autoComplete="off"
            />
            <TextField name="from" type="date" label={t("filters.from")} hint={t("filters.fromHint")} defaultValue={values.from ?? ""} error={errors.from} />
            <TextField name="to" type="date" label={t("filters.to")} hint={t("filters.toHint")} defaultValue={values.to ?? ""} error={errors.to} />
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <button type="submit" className="button">
              {t("filters.submit")}
            </button>
            <Link href="/admin/audit" className="inline-block py-2">
              {t("filters.clear")}
            </Link>
          </div>
        </GetForm>
      </section>

      <p role="status" className="mb-4 font-bold">
        {t("results", { total: log.total })}
      </p>

      {log.entries.length > 0 ? (
        <TableRegion label={t("region")}>
          <table className="data-table">
            <caption className="sr-only">{t("caption", { page: log.page, pageCount: log.pageCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("action")}</th>
                <th scope="col">{t("summary")}</th>
                <th scope="col">{t("details")}</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row" className="font-normal whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()}>{when(entry.createdAt)}</time>
                  </th>
                  <td className="min-w-40 [overflow-wrap:anywhere]">{entry.actorEmail}</td>
                  <td>
                    <code>{entry.action}</code>
                    <br />
                    <span className="text-sm text-muted">{entityLabel(entry.entityType)}</span>
                  </td>
                  <td className="min-w-48">
                    {/* Summaries are written once, in English, when the change is made: marked as English on a Welsh page. */}
                    <ContentText en={entry.summary} cy={null} />
                    {filters.entityId !== entry.entityId ? (
                      <>
                        <br />
                        <Link
                          href={`/admin/audit${auditQueryString({ page: 1, entityType: entry.entityType as (typeof auditEntityTypes)[number], entityId: entry.entityId }, 1)}`}
                          className="text-sm"
                        >
                          {t("history")}
                          <span className="sr-only">
                            : <ContentText en={entry.summary} cy={null} />
                          </span>
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <AuditEntryChanges summary={entry.summary} before={entry.before} after={entry.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}

      {log.pageCount > 1 ? (
        <nav aria-label={t("pagination.label")} className="mt-6 flex flex-wrap items-center gap-6">
          {log.page > 1 ? (
            <Link href={`/admin/audit${auditQueryString(filters, log.page - 1)}`} rel="prev" className="inline-block py-2 font-bold">
              {t("pagination.previous")}
            </Link>
          ) : null}
          <span>{t("pagination.status", { page: log.page, pageCount: log.pageCount })}</span>
          {log.page < log.pageCount ? (
            <Link href={`/admin/audit${auditQueryString(filters, log.page + 1)}`} rel="next" className="inline-block py-2 font-bold">
              {t("pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
