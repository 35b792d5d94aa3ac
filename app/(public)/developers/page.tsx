import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiOperation } from "@/components/developers/api-operation";
import { PageHeading } from "@/components/page-heading";
import { documentedOperations } from "@/lib/api/v1/documented-operations";
import { openApiDocument } from "@/lib/api/v1/openapi-document";
import { siteUrl } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("developers");
  return { title: t("metaTitle"), description: t("lead") };
}

/**
 * The read API for people: drawn from the same OpenAPI document the API
 * serves (paths, parameters and allowed values), with the words in the
 * page's language from the catalogue.
 */
export default async function DevelopersPage() {
  const t = await getTranslations("developers");
  const base = `${siteUrl()}/api/v1`;
  const operations = documentedOperations(openApiDocument(siteUrl()));
  const example = `curl -H 'Accept: application/json' '${base}/weeks/<week>/sessions?language_of_delivery=welsh&per_page=10'`;
  const problem = JSON.stringify(
    { type: "about:blank", title: "Bad Request", status: 400, detail: "…", errors: [{ parameter: "per_page", detail: "per_page must be at most 100" }] },
    null,
    2,
  );
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("lead")}</p>} />
      <section aria-labelledby="api-heading" className="max-w-prose space-y-3">
        <h2 id="api-heading" className="text-2xl">
          {t("api.heading")}
        </h2>
        <p>{t.rich("api.base", { base, code: (chunks) => <code className="break-all">{chunks}</code> })}</p>
        <p>{t("api.public")}</p>
        <p>
          {t("api.openapi")}: <a href="/api/v1/openapi.json">{t("api.openapiLink")}</a>
        </p>
      </section>
      <section aria-labelledby="rules-heading" className="mt-8 max-w-prose space-y-3">
        <h2 id="rules-heading" className="text-2xl">
          {t("rules.heading")}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {(t.raw("rules.items") as string[]).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="endpoints-heading" className="mt-8 space-y-6">
        <h2 id="endpoints-heading" className="text-2xl">
          {t("endpointsHeading")}
        </h2>
        {operations.map((operation) => (
          <ApiOperation key={operation.operationId} operation={operation} />
        ))}
      </section>
      <section aria-labelledby="files-heading" className="mt-8 max-w-prose space-y-3">
        <h2 id="files-heading" className="text-2xl">
          {t("files.heading")}
        </h2>
        <p>{t("files.lead")}</p>
        <dl className="space-y-2">
          {(
            [
              ["/weeks/<week>/schedule.xml", "frabXml"],
              ["/weeks/<week>/schedule.json", "frabJson"],
              ["/weeks/<week>/calendar.ics", "weekFeed"],
              ["/themes/<theme>/calendar.ics", "themeFeed"],
              ["/embed/weeks/<week>", "embed"],
            ] as const
          ).map(([path, key]) => (
            <div key={path}>
              <dt>
                <code className="break-all">{path}</code>
              </dt>
              <dd className="ml-4">{t(`files.${key}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="example-heading" className="mt-8 max-w-prose space-y-3">
        <h2 id="example-heading" className="text-2xl">
          {t("exampleHeading")}
        </h2>
        <p>{t("exampleLead")}</p>
        <pre className="whitespace-pre-wrap break-all rounded bg-panel p-3 text-sm">
          <code>{example}</code>
        </pre>
        <p>{t("problemExample")}</p>
        {/* The API answers in English: its problem texts are for developers' logs. */}
        <pre lang="en" className="whitespace-pre-wrap break-all rounded bg-panel p-3 text-sm">
          <code>{problem}</code>
        </pre>
      </section>
    </>
  );
}
