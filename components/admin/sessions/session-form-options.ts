import type { SessionFormOptions } from "@/lib/admin/sessions/get-session-form-options";
import { contentIn } from "@/lib/i18n/content";
import { dateLocale, type AppLocale } from "@/lib/i18n/locales";
import { formatDateRange } from "@/lib/programme/event-time";
import type { SessionFormEvent } from "./session-form";

type Translate = (key: "filters.eventOption" | "filters.eventOptionDraft" | "form.speakerOption", values: Record<string, string>) => string;

/** The form's choices as labelled options (server side, so the client gets plain strings). */
export function sessionFormChoices(options: SessionFormOptions, t: Translate, language: AppLocale) {
  const events: SessionFormEvent[] = options.events.map((event) => {
    const dates = formatDateRange(event.startDate, event.endDate, dateLocale(language));
    return { id: event.id, label: t("filters.eventOption", { title: event.title, dates }), timeZone: event.timeZone, dates };
  });
  const speakers = options.speakers.map((speaker) => {
    const organisation = speaker.organisation ? contentIn(language, speaker.organisation, speaker.organisationCy) : null;
    return {
      id: speaker.id,
      label: organisation ? t("form.speakerOption", { name: speaker.name, organisation: organisation.text }) : speaker.name,
      // An organisation with no Welsh name yet is shown in English: on a Welsh page the option says so.
      lang: organisation && organisation.lang !== language ? organisation.lang : undefined,
    };
  });
  return { events, themes: options.themes, speakers };
}
