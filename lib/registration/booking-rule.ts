import type { BookingRule } from "../generated/prisma/enums";

// Who may book a session, as the pages explain it (docs/decisions/0012).
// The booking itself is decided by the database function cpd_week_book_place,
// under the session's lock; these functions only say, ahead of it, what the
// page should offer. They follow the same rule, and the tests hold both to it.

/** The columns a session (and, for its week's rule, its event) needs selected. */
export const bookingRuleSelect = { bookingRule: true, bookingDomains: true, bookingAudience: true, bookingAudienceCy: true } as const;

type RuleFields = {
  bookingRule: BookingRule | null;
  bookingDomains: string[];
  bookingAudience: string | null;
  bookingAudienceCy: string | null;
};

/** The rule a session follows: its own, or (when it has none) its week's, with that rule's domains and wording. */
export type EffectiveBookingRule = {
  rule: BookingRule;
  domains: string[];
  /** Who it is for, in the organiser's words ("staff of Glan Usk County Council"); may be empty. */
  audience: string | null;
  audienceCy: string | null;
};

export function effectiveBookingRule(session: RuleFields & { event: Omit<RuleFields, "bookingRule"> & { bookingRule: BookingRule } }): EffectiveBookingRule {
  const own = session.bookingRule !== null;
  const source = own ? session : session.event;
  return {
    rule: own ? (session.bookingRule as BookingRule) : session.event.bookingRule,
    domains: source.bookingDomains,
    audience: source.bookingAudience || null,
    audienceCy: source.bookingAudienceCy || null,
  };
}

/** The part of an address after its last "@", lower-cased. */
export function emailDomainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** Whether an address is at one of the domains or a subdomain of one (staff at cardiffandvale.nhs.wales for nhs.wales). */
export function isEmailAtDomains(email: string, domains: readonly string[]): boolean {
  const domain = emailDomainOf(email);
  return domains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

export type BookingPerson = { email: string; emailVerified: boolean };

/**
 * What the page offers a signed-in person who has no booking yet:
 * - book: the button (for INVITATION, with a field for the code);
 * - request: "ask for a place" (APPROVAL);
 * - wrongDomain / verifyEmail: why they cannot, and what would let them.
 */
export type BookingOffer = { kind: "book"; needsCode: boolean } | { kind: "request" } | { kind: "wrongDomain" } | { kind: "verifyEmail" };

export function bookingOfferFor(rule: EffectiveBookingRule, person: BookingPerson): BookingOffer {
  switch (rule.rule) {
    case "OPEN":
      return { kind: "book", needsCode: false };
    case "INVITATION":
      return { kind: "book", needsCode: true };
    case "APPROVAL":
      return { kind: "request" };
    case "EMAIL_DOMAIN":
      if (!isEmailAtDomains(person.email, rule.domains)) return { kind: "wrongDomain" };
      return person.emailVerified ? { kind: "book", needsCode: false } : { kind: "verifyEmail" };
  }
}
