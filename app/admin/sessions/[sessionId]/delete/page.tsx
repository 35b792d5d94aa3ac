import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { deleteSessionAction } from "@/app/admin/sessions/actions";
import { ActionButtonForm } from "@/components/admin/sessions/action-button-form";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getAdminSession } from "@/lib/admin/sessions/get-admin-session";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";

type Props = { params: Promise<{ sessionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.sessions");
  const organiser = await requireOrganiser("/admin/sessions");
  const session = await getAdminSession(prisma, organiser, (await params).sessionId);
  return { title: session ? t("deletePage.metaTitle", { title: session.title }) : t("metaTitle") };
}

/** The confirmation step before a session is deleted; one with registrations is cancelled instead. */
export default async function DeleteSessionPage({ params }: Props) {
  const organiser = await requireOrganiser("/admin/sessions");
  const session = await getAdminSession(prisma, organiser, (await params).sessionId);
  if (!session) notFound();
  const t = await getTranslations("admin.sessions");
  const { confirmed, waitlisted, cancelled } = session.registrations;
  const registrations = confirmed + waitlisted + cancelled;
  const back = `/admin/sessions/${session.id}`;

  return (
    <>
      <PageHeading title={t("deletePage.heading")} caption={session.title} />
      {registrations > 0 ? (
        <div className="mb-6 max-w-prose space-y-4">
          <p>{t("deletePage.hasRegistrations", { count: registrations })}</p>
          {session.status === "PUBLISHED" ? (
            <p>
              <Link href={`/admin/sessions/${session.id}/cancel`} className="button button-danger">
                {t("deletePage.cancelInstead")}
              </Link>
            </p>
          ) : session.status === "CANCELLED" ? (
            <p>{t("deletePage.cancelledAlready")}</p>
          ) : null}
        </div>
      ) : (
        <div className="mb-6 max-w-prose space-y-4">
          <p>{t("deletePage.explanation")}</p>
          <ActionButtonForm action={deleteSessionAction} fields={{ sessionId: session.id }} label={t("deletePage.confirm")} variant="danger" />
        </div>
      )}
      <p>
        <Link href={back} className="inline-block py-1">
          {t("deletePage.keep")}
        </Link>
      </p>
    </>
  );
}
