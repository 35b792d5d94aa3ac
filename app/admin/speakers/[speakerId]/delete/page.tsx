import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { getSpeakerForEditing } from "@/lib/admin/speakers/get-speaker-for-editing";
import { requireOrganiser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { DeleteSpeakerForm } from "../../delete-speaker-form";
import { SpeakerSessionsTable } from "../../speaker-sessions-table";

type Props = { params: Promise<{ speakerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { speakerId } = await params;
  const organiser = await requireOrganiser(`/admin/speakers/${speakerId}/delete`);
  const speaker = await getSpeakerForEditing(prisma, organiser, speakerId);
  const t = await getTranslations("admin.speakers.delete");
  return { title: speaker ? t("metaTitle", { name: speaker.name }) : undefined };
}

export default async function DeleteSpeakerPage({ params }: Props) {
  const { speakerId } = await params;
  const organiser = await requireOrganiser(`/admin/speakers/${speakerId}/delete`);
  const speaker = await getSpeakerForEditing(prisma, organiser, speakerId);
  if (!speaker) notFound();
  const t = await getTranslations("admin.speakers.delete");
  return (
    <>
      <PageHeading title={t("heading", { name: speaker.name })} caption={t("caption")} />
      {speaker.sessions.length > 0 ? (
        <>
          <p className="mb-4 max-w-prose border-l-4 border-danger p-3 font-bold">{t("inSessions", { name: speaker.name, count: speaker.sessions.length })}</p>
          <div className="mb-6">
            <SpeakerSessionsTable speaker={speaker} />
          </div>
          <p>
            <Link href={`/admin/speakers/${speaker.id}`}>{t("back")}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="mb-6 text-lg">{t("warning")}</p>
          <DeleteSpeakerForm speakerId={speaker.id} />
        </>
      )}
    </>
  );
}
