import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ContentText } from "@/components/content-text";
import { PageHeading } from "@/components/page-heading";
import { SessionCard } from "@/components/session-card";
import { hasSpeakerRole, SpeakerRole } from "@/components/speaker-role";
import { prisma } from "@/lib/db";
import { contentTextIn } from "@/lib/i18n/content";
import { pageLocale } from "@/lib/i18n/page-locale";
import { addPlaces } from "@/lib/programme/confirmed-counts";
import { cachedSpeakerPage } from "@/lib/programme/public-cache";

type Props = { params: Promise<{ slug: string }> };

const loadSpeaker = cache(cachedSpeakerPage);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadSpeaker((await params).slug);
  if (!page) return {};
  const t = await getTranslations("speakers");
  const { organisation, organisationCy } = page.speaker;
  const description = t("speakerMetaDescription", {
    name: page.speaker.name,
    organisation: organisation ? contentTextIn(await pageLocale(), organisation, organisationCy) : "none",
  });
  return { title: page.speaker.name, description, openGraph: { type: "profile", title: page.speaker.name, description } };
}

export default async function SpeakerPage({ params }: Props) {
  const page = await loadSpeaker((await params).slug);
  if (!page) notFound();
  const t = await getTranslations("speakers");
  const { speaker } = page;
  const sessions = await addPlaces(prisma, page.sessions);
  return (
    <>
      <PageHeading
        title={speaker.name}
        caption={hasSpeakerRole(speaker) ? <SpeakerRole speaker={speaker} /> : undefined}
        lead={speaker.bio ? <ContentText as="p" en={speaker.bio} cy={speaker.bioCy} /> : undefined}
      />
      <section aria-labelledby="speaker-sessions">
        <h2 id="speaker-sessions" className="mb-2 text-2xl">
          {t("sessionsHeading")}
        </h2>
        {sessions.map((session) => (
          <SessionCard key={session.id} session={session} showDay />
        ))}
      </section>
    </>
  );
}
