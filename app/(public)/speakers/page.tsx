import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/locale-link";
import { PageHeading } from "@/components/page-heading";
import { hasSpeakerRole, SpeakerRole } from "@/components/speaker-role";
import { cachedPublicSpeakers } from "@/lib/programme/public-cache";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("speakers");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function SpeakersPage() {
  const t = await getTranslations("speakers");
  const speakers = await cachedPublicSpeakers();
  return (
    <>
      <PageHeading title={t("heading")} lead={<p>{t("intro")}</p>} />
      {speakers.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
          {speakers.map((speaker) => (
            <li key={speaker.slug} className="border-t border-line pt-3">
              <Link href={`/speakers/${speaker.slug}`} className="text-lg font-bold">
                {speaker.name}
              </Link>
              {hasSpeakerRole(speaker) ? (
                <p className="text-muted">
                  <SpeakerRole speaker={speaker} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
