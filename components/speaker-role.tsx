import { Fragment } from "react";
import { ContentText } from "@/components/content-text";

type Speaker = { role: string | null; roleCy?: string | null; organisation: string | null; organisationCy?: string | null };

/**
 * "Chief Executive, Social Care Wales": a speaker's job title and organisation,
 * each in the page's language where it is written, else in English marked
 * lang="en" (so a Welsh page can show a Welsh job title beside an English-only name).
 */
export function SpeakerRole({ speaker }: { speaker: Speaker }) {
  const parts = [
    speaker.role ? <ContentText key="role" en={speaker.role} cy={speaker.roleCy} /> : null,
    speaker.organisation ? <ContentText key="organisation" en={speaker.organisation} cy={speaker.organisationCy} /> : null,
  ].filter((part) => part !== null);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? ", " : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}

export function hasSpeakerRole(speaker: Speaker): boolean {
  return Boolean(speaker.role || speaker.organisation);
}
