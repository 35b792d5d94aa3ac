// Every page of the site outside the admin area (admin-surface.ts lists those),
// with who can see it and a concrete address for each. The accessibility spec
// compares this list with the app folder, so a new page that is not listed
// here fails the suite, and then scans every page as every role that can see it.

export type Role = "anonymous" | "attendee" | "organiser";

/** Records the spec makes before scanning, so that pages with ids in their address have something to show. */
export type PageFixtures = {
  /** Sessions in different states: open, full with a waiting list, cancelled, in person, and one with long values. */
  sessionSlugs: string[];
  weekSlug: string;
  /** A day of the demo week, yyyy-mm-dd. */
  weekDay: string;
  speakerSlug: string;
  themeSlug: string;
  pastWeekSlug: string;
  /** A past week whose title, theme, session and speaker carry long real-world values (page-fixtures.ts). */
  longValues: { weekSlug: string; themeSlug: string; speakerSlug: string };
  certificateCode: string;
  attendedRegistrationId: string;
  checkInRegistrationId: string;
  /** The attendee's own past practice observation (they are marked a senior leader), for its reflection page. */
  observationBookingId: string;
  otherCpdEntryId: string;
  /** Secrets of unused links emailed during set-up, for the pages they open (opening one changes nothing). */
  links: { signUp: string; resetPassword: string; verifyEmail: string; organiserInvitation: string; changeEmail: string; peerConfirmation: string };
};

export type InventoryEntry = {
  /** The route as a folder pattern, route groups removed, e.g. "/sessions/[slug]". */
  pattern: string;
  /** Who can open it; account pages send anonymous visitors to sign in instead. */
  roles: readonly Role[];
  urls: (fixtures: PageFixtures) => string[];
};

const everyone: readonly Role[] = ["anonymous", "attendee", "organiser"];
const signedIn: readonly Role[] = ["attendee", "organiser"];
const attendeeOnly: readonly Role[] = ["attendee"];

export const pageInventory: readonly InventoryEntry[] = [
  { pattern: "/", roles: everyone, urls: () => ["/", "/no-such-page"] },
  {
    pattern: "/programme",
    roles: everyone,
    urls: (f) => [
      "/programme",
      "/programme?q=no-such-thing",
      `/programme?week=${f.pastWeekSlug}&format=ONLINE`,
      `/programme?week=${f.weekSlug}&day=${f.weekDay}&theme=${f.themeSlug}`,
      `/programme?week=${f.longValues.weekSlug}`,
    ],
  },
  { pattern: "/sessions/[slug]", roles: everyone, urls: (f) => f.sessionSlugs.map((slug) => `/sessions/${slug}`) },
  { pattern: "/speakers", roles: everyone, urls: () => ["/speakers"] },
  { pattern: "/speakers/[slug]", roles: everyone, urls: (f) => [`/speakers/${f.speakerSlug}`, `/speakers/${f.longValues.speakerSlug}`] },
  { pattern: "/themes/[slug]", roles: everyone, urls: (f) => [`/themes/${f.themeSlug}`, `/themes/${f.longValues.themeSlug}`] },
  { pattern: "/weeks", roles: everyone, urls: () => ["/weeks"] },
  { pattern: "/certificates/verify", roles: everyone, urls: () => ["/certificates/verify"] },
  {
    pattern: "/certificates/verify/[code]",
    roles: everyone,
    urls: (f) => [`/certificates/verify/${f.certificateCode}`, "/certificates/verify/CPD-0000-0000-0000-0000-0000-0000-0000"],
  },
  { pattern: "/sign-in", roles: ["anonymous"], urls: () => ["/sign-in"] },
  { pattern: "/sign-up", roles: ["anonymous"], urls: () => ["/sign-up"] },
  {
    pattern: "/sign-up/finish",
    roles: ["anonymous"],
    urls: (f) => [`/sign-up/finish?token=${f.links.signUp}`, "/sign-up/finish", "/sign-up/finish?token=not-a-link"],
  },
  { pattern: "/forgotten-password", roles: everyone, urls: () => ["/forgotten-password"] },
  { pattern: "/reset-password", roles: everyone, urls: (f) => [`/reset-password?token=${f.links.resetPassword}`, "/reset-password"] },
  { pattern: "/verify-email", roles: everyone, urls: (f) => [`/verify-email?token=${f.links.verifyEmail}`, "/verify-email"] },
  { pattern: "/change-email", roles: everyone, urls: (f) => [`/change-email?token=${f.links.changeEmail}`, "/change-email"] },
  // Anonymous: the form to create the invited account; signed in as someone else: how to switch.
  { pattern: "/organiser-invitation", roles: everyone, urls: (f) => [`/organiser-invitation?token=${f.links.organiserInvitation}`, "/organiser-invitation"] },
  // A colleague asked to confirm a peer discussion: no account needed, so everyone sees the same page.
  { pattern: "/peer-confirmation", roles: everyone, urls: (f) => [`/peer-confirmation?token=${f.links.peerConfirmation}`, "/peer-confirmation"] },
  { pattern: "/privacy", roles: everyone, urls: () => ["/privacy"] },
  { pattern: "/accessibility", roles: everyone, urls: () => ["/accessibility"] },
  { pattern: "/developers", roles: everyone, urls: () => ["/developers"] },
  { pattern: "/embed/weeks/[slug]", roles: everyone, urls: (f) => [`/embed/weeks/${f.weekSlug}`, `/embed/weeks/${f.weekSlug}?format=online&day=${f.weekDay}`] },
  { pattern: "/account/privacy", roles: signedIn, urls: () => ["/account/privacy"] },
  { pattern: "/account/privacy/delete", roles: signedIn, urls: () => ["/account/privacy/delete"] },
  { pattern: "/account/privacy/deleted", roles: everyone, urls: () => ["/account/privacy/deleted"] },
  { pattern: "/account", roles: signedIn, urls: () => ["/account"] },
  { pattern: "/account/details", roles: signedIn, urls: () => ["/account/details"] },
  { pattern: "/account/certificates", roles: signedIn, urls: () => ["/account/certificates"] },
  { pattern: "/account/messages", roles: signedIn, urls: () => ["/account/messages"] },
  // The long session the attendee attended: the feedback form (another person's registration says it is not theirs).
  { pattern: "/account/feedback/[registrationId]", roles: attendeeOnly, urls: (f) => [`/account/feedback/${f.attendedRegistrationId}`] },
  { pattern: "/account/observations", roles: signedIn, urls: () => ["/account/observations"] },
  { pattern: "/account/observations/[bookingId]", roles: attendeeOnly, urls: (f) => [`/account/observations/${f.observationBookingId}`] },
  { pattern: "/account/check-in/[registrationId]", roles: attendeeOnly, urls: (f) => [`/account/check-in/${f.checkInRegistrationId}`] },
  { pattern: "/account/cpd", roles: signedIn, urls: () => ["/account/cpd", "/account/cpd?from=2020-01-01&to=2020-12-31"] },
  { pattern: "/account/cpd/new", roles: signedIn, urls: (f) => ["/account/cpd/new", `/account/cpd/new?observation=${f.observationBookingId}`] },
  { pattern: "/account/cpd/[entryId]/edit", roles: attendeeOnly, urls: (f) => [`/account/cpd/${f.otherCpdEntryId}/edit`] },
  { pattern: "/account/cpd/[entryId]/peer", roles: attendeeOnly, urls: (f) => [`/account/cpd/${f.otherCpdEntryId}/peer`] },
  { pattern: "/account/cpd/[entryId]/delete", roles: attendeeOnly, urls: (f) => [`/account/cpd/${f.otherCpdEntryId}/delete`] },
  { pattern: "/account/cpd/sessions/[registrationId]", roles: attendeeOnly, urls: (f) => [`/account/cpd/sessions/${f.attendedRegistrationId}`] },
];
