import { useTranslations } from "next-intl";
import { TableRegion } from "@/components/table-region";
import type { DocumentedOperation } from "@/lib/api/v1/documented-operations";

/** One address of the read API: what it returns and the parameters it takes. */
export function ApiOperation({ operation }: { operation: DocumentedOperation }) {
  const t = useTranslations("developers");
  const headingId = `operation-${operation.operationId}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2 border-l-4 border-brand pl-4">
      <h3 id={headingId} className="text-xl">
        <code className="break-all">GET /api/v1{operation.path}</code>
      </h3>
      <p className="max-w-prose">
        <span className="font-bold">{t("returns")}:</span> {t(`operations.${operation.operationId}`)}
      </p>
      {operation.parameters.length === 0 ? (
        <p>{t("noParameters")}</p>
      ) : (
        <TableRegion label={`${t("parameters")}: GET /api/v1${operation.path}`}>
          <table className="w-full text-left">
            <caption className="sr-only">{`${t("parameters")}: GET /api/v1${operation.path}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t("parameterName")}</th>
                <th scope="col">{t("parameterIn")}</th>
                <th scope="col">{t("parameterMeaning")}</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <tr key={`${parameter.in}-${parameter.name}`}>
                  <td>
                    <code>{parameter.name}</code>
                  </td>
                  <td>{t(`in.${parameter.in}`)}</td>
                  <td>
                    {t(`parameterMeanings.${parameter.name as "page"}`)}
                    {parameter.values ? <> {t("allowedValues", { values: parameter.values.join(", ") })}</> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
