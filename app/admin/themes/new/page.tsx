import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { findEventChoice, listEventChoices } from "@/lib/admin/events/list-events";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { ThemeForm } from "../theme-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.themes.new");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewThemePage({ searchParams }: Props) {
  const organiser = await requireOrganiser("/admin/themes/new");
  const [events, { event }, t] = await Promise.all([listEventChoices(prisma, organiser), searchParams, getTranslations("admin.themes.new")]);
  const eventId = findEventChoice(events, typeof event === "string" ? event : "")?.id ?? "";
  return (
    <>
      <PageHeading title={t("heading")} />
      <ThemeForm
        initial={{ eventId, name: "", nameCy: "", slug: "", summary: "", summaryCy: "", colour: "#1d4f91", position: "0" }}
        events={events.map((choice) => ({ value: choice.id, label: choice.title }))}
      />
    </>
  );
}
