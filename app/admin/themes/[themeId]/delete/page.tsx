import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getThemeForEditing } from "@/lib/admin/themes/get-theme-for-editing";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { DeleteThemeForm } from "../../delete-theme-form";

type Props = { params: Promise<{ themeId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { themeId } = await params;
  const organiser = await requireOrganiser(`/admin/themes/${themeId}/delete`);
  const theme = await getThemeForEditing(prisma, organiser, themeId);
  const t = await getTranslations("admin.themes.delete");
  return { title: theme ? t("metaTitle", { name: theme.name }) : undefined };
}

export default async function DeleteThemePage({ params }: Props) {
  const { themeId } = await params;
  const organiser = await requireOrganiser(`/admin/themes/${themeId}/delete`);
  const theme = await getThemeForEditing(prisma, organiser, themeId);
  if (!theme) notFound();
  const t = await getTranslations("admin.themes.delete");
  return (
    <>
      <PageHeading title={t("heading", { name: theme.name })} caption={t("caption", { event: theme.event.title })} />
      {theme.sessions.length > 0 ? (
        <>
          <p className="mb-4 max-w-prose border-l-4 border-danger p-3 font-bold">{t("inUse", { count: theme.sessions.length })}</p>
          <ul aria-label={t("sessionsLabel")} className="mb-6 list-disc space-y-1 pl-6">
            {theme.sessions.map((session) => (
              <li key={session.id}>
                <Link href={`/admin/sessions/${session.id}`}>{session.title}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href={`/admin/themes/${theme.id}`}>{t("back")}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="mb-6 text-lg">{t("warning")}</p>
          <DeleteThemeForm themeId={theme.id} />
        </>
      )}
    </>
  );
}
