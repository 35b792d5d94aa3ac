import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SuccessNotice } from "@/components/forms/success-notice";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getSpeakerForEditing } from "@/lib/admin/speakers/get-speaker-for-editing";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { SpeakerForm } from "../speaker-form";
import { SpeakerSessionsTable } from "../speaker-sessions-table";

type Props = { params: Promise<{ speakerId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { speakerId } = await params;
  const organiser = await requireOrganiser(`/admin/speakers/${speakerId}`);
  const speaker = await getSpeakerForEditing(prisma, organiser, speakerId);
  const t = await getTranslations("admin.speakers.edit");
  return { title: speaker ? t("metaTitle", { name: speaker.name }) : undefined };
}

export default async function EditSpeakerPage({ params, searchParams }: Props) {
  const { speakerId } = await params;
  const organiser = await requireOrganiser(`/admin/speakers/${speakerId}`);
  const [speaker, { created }, t] = await Promise.all([getSpeakerForEditing(prisma, organiser, speakerId), searchParams, getTranslations("admin.speakers")]);
  if (!speaker) notFound();
  return (
    <>
      <PageHeading title={speaker.name} caption={t("edit.caption")} />
      <SuccessNotice message={created === "1" ? t("edit.created") : undefined} />
      <section aria-labelledby="sessions-heading" className="mb-10">
        <h2 id="sessions-heading" className="mb-3 text-2xl">
          {t("edit.sessionsHeading")}
        </h2>
        {speaker.sessions.length === 0 ? <p>{t("edit.noSessions")}</p> : <SpeakerSessionsTable speaker={speaker} />}
      </section>
      <SpeakerForm
        speakerId={speaker.id}
        initial={{
          name: speaker.name,
          slug: speaker.slug,
          role: speaker.role ?? "",
          roleCy: speaker.roleCy ?? "",
          organisation: speaker.organisation ?? "",
          organisationCy: speaker.organisationCy ?? "",
          bio: speaker.bio ?? "",
          bioCy: speaker.bioCy ?? "",
        }}
      />
      <p className="mt-10 border-t-4 border-danger pt-6">
        <Link href={`/admin/speakers/${speaker.id}/delete`} className="button button-danger">
          {t("edit.deleteLink")}
        </Link>
      </p>
    </>
  );
}
