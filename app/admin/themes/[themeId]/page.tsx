import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { listEventChoices } from "@/lib/admin/events/list-events";
import { getThemeForEditing } from "@/lib/admin/themes/get-theme-for-editing";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { ThemeForm } from "../theme-form";

type Props = { params: Promise<{ themeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { themeId } = await params;
  const organiser = await requireOrganiser(`/admin/themes/${themeId}`);
  const theme = await getThemeForEditing(prisma, organiser, themeId);
  const t = await getTranslations("admin.themes.edit");
  return { title: theme ? t("metaTitle", { name: theme.name }) : undefined };
}

export default async function EditThemePage({ params, searchParams }: Props) {
  const { themeId } = await params;
  const organiser = await requireOrganiser(`/admin/themes/${themeId}`);
  const [theme, events, { created }, t] = await Promise.all([
    getThemeForEditing(prisma, organiser, themeId),
    listEventChoices(prisma, organiser),
    searchParams,
    getTranslations("admin.themes"),
  ]);
  if (!theme) notFound();
  return (
    <>
      <PageHeading title={theme.name} caption={t("edit.caption", { event: theme.event.title })} />
      <SuccessNotice message={created === "1" ? t("edit.created") : undefined} />
      <p className="mb-6">
        <Link href={`/admin/themes?event=${theme.event.id}`}>{t("edit.backToList", { event: theme.event.title })}</Link>
      </p>
      <p className="mb-6">{t("edit.usedBy", { count: theme.sessions.length })}</p>
      <ThemeForm
        themeId={theme.id}
        initial={{
          eventId: theme.eventId,
          name: theme.name,
          nameCy: theme.nameCy ?? "",
          slug: theme.slug,
          summary: theme.summary,
          summaryCy: theme.summaryCy ?? "",
          colour: theme.colour,
          position: String(theme.position),
        }}
        events={events.map((choice) => ({ value: choice.id, label: choice.title }))}
      />
      <p className="mt-10 border-t-4 border-danger pt-6">
        <Link href={`/admin/themes/${theme.id}/delete`} className="button button-danger">
          {t("edit.deleteLink")}
        </Link>
      </p>
    </>
  );
}
