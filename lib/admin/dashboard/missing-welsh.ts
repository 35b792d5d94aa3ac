// What of a week is still written in English only: every record (the week,
// its themes, its sessions, the speakers and resources of its sessions) with a field whose
// English is filled in and whose Welsh (the `…Cy` column beside it) is empty.
// Welsh pages show the English instead, marked lang="en", so nothing breaks;
// this list is how organisers find what is left to write. No database here.

/** The fields each kind of record has in both languages, by the English field's name. */
export const WELSH_FIELDS = {
  event: ["title", "summary", "description", "organiserName", "audienceNote"],
  theme: ["name", "summary"],
  session: ["title", "summary", "description", "venue"],
  speaker: ["role", "organisation", "bio"],
  resource: ["title"],
} as const;

export type WelshGapKind = keyof typeof WELSH_FIELDS;
export type WelshField = (typeof WELSH_FIELDS)[WelshGapKind][number];

/** One record with English that has no Welsh beside it, and which fields; a resource names its session too (its edit page is the session's). */
export type WelshGap = { kind: WelshGapKind; id: string; name: string; fields: WelshField[]; sessionId?: string };

type Text = string | null;

export type WeekForWelsh = {
  event: {
    id: string;
    title: string;
    titleCy: Text;
    summary: string;
    summaryCy: Text;
    description: Text;
    descriptionCy: Text;
    organiserName: string;
    organiserNameCy: Text;
    audienceNote: string[];
    audienceNoteCy: string[];
  };
  /** In the order they are listed. */
  themes: { id: string; name: string; nameCy: Text; summary: string; summaryCy: Text }[];
  sessions: {
    id: string;
    title: string;
    titleCy: Text;
    summary: string;
    summaryCy: Text;
    description: string;
    descriptionCy: Text;
    format: "ONLINE" | "IN_PERSON" | "HYBRID";
    venue: Text;
    venueCy: Text;
  }[];
  speakers: { id: string; name: string; role: Text; roleCy: Text; organisation: Text; organisationCy: Text; bio: Text; bioCy: Text }[];
  /** The sessions' slides, recordings and reading, in session order (none when left out). */
  resources?: { id: string; sessionId: string; title: string; titleCy: Text }[];
};

function isWritten(value: Text | string[] | undefined): boolean {
  if (Array.isArray(value)) return value.some((line) => line.trim() !== "");
  return typeof value === "string" && value.trim() !== "";
}

function gapsOf<Kind extends WelshGapKind>(
  kind: Kind,
  record: { id: string } & Record<string, unknown>,
  name: string,
  fields: readonly (typeof WELSH_FIELDS)[Kind][number][],
): WelshGap[] {
  const missing = fields.filter((field) => isWritten(record[field] as Text | string[]) && !isWritten(record[`${field}Cy`] as Text | string[]));
  return missing.length ? [{ kind, id: record.id, name, fields: [...missing] }] : [];
}

/** The week's records with English but no Welsh: the week, then its themes, sessions, speakers and resources in the order given. */
export function findMissingWelsh(week: WeekForWelsh): WelshGap[] {
  return [
    ...gapsOf("event", week.event, week.event.title, WELSH_FIELDS.event),
    ...week.themes.flatMap((theme) => gapsOf("theme", theme, theme.name, WELSH_FIELDS.theme)),
    ...week.sessions.flatMap((session) =>
      gapsOf(
        "session",
        session,
        session.title,
        // An online session's "venue" is the platform's name (Microsoft Teams, Zoom): the same in both languages.
        session.format === "ONLINE" ? WELSH_FIELDS.session.filter((field) => field !== "venue") : WELSH_FIELDS.session,
      ),
    ),
    ...week.speakers.flatMap((speaker) => gapsOf("speaker", speaker, speaker.name, WELSH_FIELDS.speaker)),
    ...(week.resources ?? []).flatMap((resource) =>
      gapsOf("resource", resource, resource.title, WELSH_FIELDS.resource).map((gap) => ({ ...gap, sessionId: resource.sessionId })),
    ),
  ];
}
