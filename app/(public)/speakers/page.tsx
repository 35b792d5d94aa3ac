import type { Metadata } from "next";
import { Link } from "@/components/locale-link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { cachedPublicSpeakers } from "@/lib/programme/public-cache";
import { ContentText } from "@/components/content-text";

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
              {speaker.role || speaker.organisation ? (
                <ContentText as="p" className="text-muted" en={[speaker.role, speaker.organisation].filter(Boolean).join(", ")} cy={null} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
