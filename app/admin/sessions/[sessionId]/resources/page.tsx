import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SessionAdminLinks } from "@/components/admin/registrations/session-admin-links";
import { SessionResourceForm } from "@/components/admin/resources/session-resource-form";
import { SessionResourcesList } from "@/components/admin/resources/session-resources-list";
import { ContentText } from "@/components/content-text";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { sessionWhen } from "@/lib/admin/registrations/format-times";
import { getSessionResources } from "@/lib/admin/resources/get-session-resources";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { ResourceKind } from "@/lib/resources/resource-visibility";

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.resources"))("title") };
}

/** A session's slides, recordings and reading: every link, whoever it is for, with the form to add one or edit one (?edit=<id>). */
export default async function SessionResourcesPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const organiser = await requireOrganiser(`/admin/sessions/${encodeURIComponent(sessionId)}/resources`);
  const data = await getSessionResources(prisma, organiser, sessionId);
  if (!data) notFound();
  const t = await getTranslations("admin.resources");
  const kindNames = await getTranslations("resources.kinds");
  const kinds = Object.values(ResourceKind).map((kind) => ({ value: kind, label: kindNames(kind) }));
  const dates = dateLocale(await getLocale());
  const { session, resources } = data;
  const query = await searchParams;
  const editing = typeof query.edit === "string" ? resources.find((resource) => resource.id === query.edit) : undefined;
  const named = typeof query.resource === "string" ? resources.find((resource) => resource.id === query.resource) : undefined;
  const notice =
    query.done === "removed" ? t("removed") : (query.done === "saved" || query.done === "moved") && named ? t(query.done, { title: named.title }) : undefined;
  const publicPage = session.status !== "DRAFT" && session.event.status === "PUBLISHED";
  return (
    <>
      <PageHeading
        caption={`${t("title")} · ${session.event.title}`}
        title={<ContentText en={session.title} cy={session.titleCy} />}
        lead={<p>{t("when", sessionWhen(session, session.event.timeZone, dates))}</p>}
      />
      <SessionAdminLinks sessionId={session.id} eventId={session.event.id} current="resources" />
      <div className="mb-10 max-w-prose space-y-3">
        <p>{t("intro")}</p>
        <p>{t("linksOnly")}</p>
        {publicPage ? (
          <p>
            <Link href={`/sessions/${session.slug}`}>{t("viewPage")}</Link>
          </p>
        ) : null}
      </div>

      <section aria-labelledby="resources-heading" className="mb-12">
        <h2 id="resources-heading" className="mb-3 text-2xl">
          {t("listHeading", { count: resources.length })}
        </h2>
        <SuccessNotice message={notice} />
        <SessionResourcesList sessionId={session.id} resources={resources} />
      </section>

      <section aria-labelledby="resource-form-heading" className="mb-12">
        <h2 id="resource-form-heading" className="mb-3 text-2xl">
          {editing ? t("editHeading", { title: editing.title }) : t("addHeading")}
        </h2>
        <SessionResourceForm key={editing?.id ?? "new"} sessionId={session.id} kinds={kinds} resource={editing} />
        {editing ? (
          <p className="mt-4">
            <Link href={`/admin/sessions/${encodeURIComponent(session.id)}/resources`}>{t("backToList")}</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
