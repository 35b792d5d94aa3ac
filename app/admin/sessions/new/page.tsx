import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionForm } from "@/components/admin/sessions/session-form";
import { sessionFormChoices } from "@/components/admin/sessions/session-form-options";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { defaultEventId, getSessionFormOptions } from "@/lib/admin/sessions/get-session-form-options";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.sessions.form");
  return { title: t("newHeading") };
}

export default async function NewSessionPage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/sessions/new");
  const requested = (await searchParams).event;
  const options = await getSessionFormOptions(prisma, organiser);
  const t = await getTranslations("admin.sessions");
  const eventId = defaultEventId(options.events, typeof requested === "string" ? requested : undefined);
  const choices = sessionFormChoices(options, (key, values) => t(key, values), await pageLocale());
  return (
    <>
      <nav aria-label={t("edit.backToList")} className="mb-4">
        <Link href="/admin/sessions">{t("edit.backToList")}</Link>
      </nav>
      <PageHeading title={t("form.newHeading")} lead={<p>{t("form.newLead")}</p>} />
      {options.events.length === 0 ? (
        <p>{t("noEvents")}</p>
      ) : (
        // English is ticked to begin with, as the database's default: most sessions are, and the organiser changes it for the others.
        <SessionForm initialValues={{ eventId, format: "", deliveryLanguage: "ENGLISH", speakerPart: "SPEAKER" }} speakerRows={4} {...choices} />
      )}
    </>
  );
}
