import { formatDateRange } from "@/lib/programme/event-time";
import type { SessionFormOptions } from "@/lib/admin/sessions/get-session-form-options";
import { dateLocale, type AppLocale } from "@/lib/i18n/locales";
import type { SessionFormEvent } from "./session-form";

type Translate = (key: "filters.eventOption" | "filters.eventOptionDraft" | "form.speakerOption", values: Record<string, string>) => string;

/** The form's choices as labelled options (server side, so the client gets plain strings). */
export function sessionFormChoices(options: SessionFormOptions, t: Translate, language: AppLocale) {
  const events: SessionFormEvent[] = options.events.map((event) => {
    const dates = formatDateRange(event.startDate, event.endDate, dateLocale(language));
    return { id: event.id, label: t("filters.eventOption", { title: event.title, dates }), timeZone: event.timeZone, dates };
  });
  const speakers = options.speakers.map((speaker) => ({
    id: speaker.id,
    label: speaker.organisation ? t("form.speakerOption", { name: speaker.name, organisation: speaker.organisation }) : speaker.name,
    // The organisation is written in English only: on a Welsh page the option says so.
    lang: speaker.organisation && language !== "en" ? "en" : undefined,
  }));
  return { events, themes: options.themes, speakers };
}
