import { z } from "zod";
import type { Result } from "../../forms/result";
import { nullWhenEmpty, singleLineText } from "../../forms/text-fields";
import { BookingRule } from "../../generated/prisma/enums";

// The "who may book" form, for a week (its default) and for a session (its
// own rule, or the week's). Messages are keys of admin.booking.errors.

/** Domains one rule may list: enough for a council, its health board and partners. */
export const MAX_BOOKING_DOMAINS = 20;

// A DNS name of at least two labels, letters, digits and hyphens (as an email address's domain is written).
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The domains typed, one list: separated by commas, spaces or new lines, in
 * any case, with or without a leading "@" (people paste "@glanusk.gov.uk").
 */
export function parseDomainList(text: string): Result<{ domains: string[] }, "domainInvalid" | "tooManyDomains"> {
  const domains: string[] = [];
  for (const entry of text.split(/[\s,;]+/)) {
    const domain = entry.replace(/^@/, "").replace(/\.$/, "").toLowerCase();
    if (!domain) continue;
    if (!DOMAIN.test(domain)) return { ok: false, refusal: "domainInvalid", values: { domain: entry.slice(0, 60) } };
    if (!domains.includes(domain)) domains.push(domain);
  }
  if (domains.length > MAX_BOOKING_DOMAINS) return { ok: false, refusal: "tooManyDomains" };
  return { ok: true, domains };
}

const audience = nullWhenEmpty(singleLineText(150, { tooLong: "audienceTooLong" }));

const ruleFields = {
  bookingDomains: z.string().max(5_000, "domainInvalid").default(""),
  bookingAudience: audience,
  bookingAudienceCy: audience,
};

function withDomains<T extends { bookingRule: BookingRule | null; bookingDomains: string }>(form: T, context: z.RefinementCtx) {
  const parsed = parseDomainList(form.bookingDomains);
  if (!parsed.ok) {
    context.addIssue({ code: "custom", path: ["bookingDomains"], message: parsed.refusal ?? "domainInvalid" });
    return z.NEVER;
  }
  if (form.bookingRule === "EMAIL_DOMAIN" && parsed.domains.length === 0) {
    context.addIssue({ code: "custom", path: ["bookingDomains"], message: "domainsRequired" });
    return z.NEVER;
  }
  return { ...form, bookingDomains: parsed.domains };
}

/**
 * The week's default. An invitation code belongs to one session, so "by
 * invitation" is chosen session by session, never for a whole week.
 */
export const weekBookingRuleSchema = z
  .object({
    eventId: z.string().trim().min(1).max(64),
    bookingRule: z.enum(["OPEN", "EMAIL_DOMAIN", "APPROVAL"], { error: "ruleRequired" }),
    ...ruleFields,
  })
  .transform(withDomains);

/** A session's rule: "" follows the week's. */
export const sessionBookingRuleSchema = z
  .object({
    sessionId: z.string().trim().min(1).max(64),
    bookingRule: z.union([z.literal(""), z.enum(BookingRule)], { error: "ruleRequired" }).transform((rule) => (rule === "" ? null : rule)),
    unlisted: z.boolean().default(false),
    ...ruleFields,
  })
  .transform(withDomains);

export type WeekBookingRuleForm = z.output<typeof weekBookingRuleSchema>;
export type SessionBookingRuleForm = z.output<typeof sessionBookingRuleSchema>;

/** What a submitted rule form holds, in the shape the schemas read. */
export function readBookingRuleForm(formData: FormData) {
  const value = (name: string) => {
    const entry = formData.get(name);
    return typeof entry === "string" ? entry : undefined;
  };
  return {
    eventId: value("eventId"),
    sessionId: value("sessionId"),
    bookingRule: value("bookingRule"),
    bookingDomains: value("bookingDomains"),
    bookingAudience: value("bookingAudience"),
    bookingAudienceCy: value("bookingAudienceCy"),
    unlisted: formData.get("unlisted") === "on",
  };
}
