import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { deleteCpdEntryAction } from "@/app/account/cpd/actions";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/lib/auth/current-user";
import { getCpdEntrySummary } from "@/lib/cpd/get-cpd-entry-summary";
import { prisma } from "@/lib/db";
import { dateLocale } from "@/lib/i18n/locales";
import { formatDayHeading } from "@/lib/programme/event-time";

type Props = { params: Promise<{ entryId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cpd.delete");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function DeleteCpdEntryPage({ params }: Props) {
  const { entryId } = await params;
  const user = await requireUser(`/account/cpd/${entryId}/delete`);
  const t = await getTranslations("cpd.delete");
  const dates = dateLocale(await getLocale());
  const entry = await getCpdEntrySummary(prisma, user, entryId);
  if (!entry) notFound();
  return (
    <>
      <PageHeading
        title={t("heading")}
        lead={<p>{t("lead", { title: entry.title, date: formatDayHeading(entry.activityDate, dates), hours: entry.hours })}</p>}
      />
      <form action={deleteCpdEntryAction} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="entryId" value={entry.id} />
        <button type="submit" className="button button-danger">
          {t("confirm")}
        </button>
        <Link href="/account/cpd">{t("cancel")}</Link>
      </form>
    </>
  );
}
