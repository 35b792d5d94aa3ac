import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { DEFAULT_TIME_ZONE, timeZoneChoices } from "@/lib/admin/events/time-zones";
import { requireOrganiser } from "@/lib/auth/current-user";
import { EventForm } from "../event-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.events.new");
  return { title: t("metaTitle") };
}

export default async function NewEventPage() {
  await requireOrganiser("/admin/events/new");
  const t = await getTranslations("admin.events.new");
  const blank = {
    title: "",
    titleCy: "",
    slug: "",
    summary: "",
    summaryCy: "",
    description: "",
    descriptionCy: "",
    startDate: "",
    endDate: "",
    organiserName: "",
    organiserNameCy: "",
    audienceNote: "",
    audienceNoteCy: "",
    audiences: "",
  };
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      <EventForm initial={{ ...blank, timeZone: DEFAULT_TIME_ZONE }} timeZones={timeZoneChoices(DEFAULT_TIME_ZONE)} />
    </>
  );
}
