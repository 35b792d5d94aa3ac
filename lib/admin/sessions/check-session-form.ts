import type { Result } from "../../forms/result";
import type { Prisma, SpeakerPart } from "../../generated/prisma/client";
import { orderedSpeakers, type FieldErrors, type SessionForm } from "./session-form-schema";
import { firstFreeSlug, slugFromTitle } from "./session-slug";
import { localToUtc } from "./session-time";

export type CheckedSessionForm = Result<
  {
    data: Omit<Prisma.SessionUncheckedCreateInput, "id" | "status" | "cancelledAt" | "speakers" | "registrations">;
    speakers: { speakerId: string; part: SpeakerPart; position: number }[];
    /** Catalogue keys of things worth telling the organiser although nothing is wrong. */
    notes: string[];
  },
  never
>;

/**
 * The checks a session form needs the database for: the week exists and the
 * date falls inside it; the theme is one of that week's; the wall-clock times
 * exist in the week's time zone (and, stored as UTC, end after they start);
 * the speakers exist; the slug is free (or one is made from the title).
 * Run inside the transaction that then writes, so every problem is found
 * before anything is written.
 */
export async function checkSessionForm(tx: Prisma.TransactionClient, form: SessionForm, sessionId?: string): Promise<CheckedSessionForm> {
  const fieldErrors: FieldErrors = {};
  const notes: string[] = [];
  const event = await tx.event.findUnique({ where: { id: form.eventId }, select: { id: true, startDate: true, endDate: true, timeZone: true } });
  if (!event) return { ok: false, fieldErrors: { eventId: "eventNotFound" } };

  if (form.themeId) {
    const theme = await tx.theme.findFirst({ where: { id: form.themeId, eventId: event.id }, select: { id: true } });
    if (!theme) fieldErrors.themeId = "themeNotInEvent";
  }

  // Event dates are calendar dates stored at UTC midnight; the form's date is a calendar date too.
  const firstDay = event.startDate.toISOString().slice(0, 10);
  const lastDay = event.endDate.toISOString().slice(0, 10);
  if (form.date < firstDay || form.date > lastDay) fieldErrors.date = "dateOutsideEvent";

  const start = localToUtc(form.date, form.startTime, event.timeZone);
  const end = localToUtc(form.date, form.endTime, event.timeZone);
  if (!start.ok) fieldErrors.startTime = start.refusal === "nonexistent" ? "startTimeNonexistent" : "startTimeInvalid";
  else if (start.ambiguous) notes.push("startTimeAmbiguous");
  if (!end.ok) fieldErrors.endTime = end.refusal === "nonexistent" ? "endTimeNonexistent" : "endTimeInvalid";
  else if (end.ambiguous) notes.push("endTimeAmbiguous");
  if (start.ok && end.ok && end.instant <= start.instant) fieldErrors.endTime = "endNotAfterStart";

  if (form.speakers.length) {
    const found = new Set(
      (await tx.speaker.findMany({ where: { id: { in: form.speakers.map((row) => row.speakerId) } }, select: { id: true } })).map((speaker) => speaker.id),
    );
    for (const row of form.speakers) if (!found.has(row.speakerId)) fieldErrors[`speakerId-${row.row}`] ??= "speakerNotFound";
  }

  let slug = form.slug;
  if (slug) {
    const other = await tx.session.findFirst({ where: { slug, ...(sessionId ? { id: { not: sessionId } } : {}) }, select: { id: true } });
    if (other) fieldErrors.slug = "slugTaken";
  } else {
    slug = await firstFreeSlug(tx, slugFromTitle(form.title), sessionId);
  }

  if (Object.keys(fieldErrors).length || !start.ok || !end.ok) return { ok: false, fieldErrors };
  return {
    ok: true,
    notes,
    speakers: orderedSpeakers(form.speakers),
    data: {
      eventId: event.id,
      themeId: form.themeId || null,
      slug,
      title: form.title,
      titleCy: form.titleCy || null,
      summary: form.summary,
      summaryCy: form.summaryCy || null,
      description: form.description,
      descriptionCy: form.descriptionCy || null,
      startsAt: start.instant,
      endsAt: end.instant,
      format: form.format,
      venue: form.venue || null,
      venueCy: form.venueCy || null,
      deliveryLanguage: form.deliveryLanguage,
      joinUrl: form.joinUrl || null,
      capacity: form.capacity === "" ? null : Number(form.capacity),
      cpdHours: form.cpdHours === "" ? null : form.cpdHours,
      audiences: [...new Set(form.audiences)],
      accessProvided: [...new Set(form.accessProvided)],
      featured: form.featured,
      peerDiscussion: form.peerDiscussion,
    },
  };
}
