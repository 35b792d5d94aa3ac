// The words of the page shown when the root layout itself fails (app/global-error.tsx).
// That page has no translations provider (the layout that holds it is what
// failed), and importing the whole message catalogue would add it to every
// page's JavaScript, so it carries this copy of the few strings it needs.
// outage-messages.test.ts keeps the copy identical to lib/i18n/messages/en.json.
export const outageMessages = {
  site: {
    name: "CPD Week",
    skipLink: "Skip to main content",
    primaryNav: "Main",
    nav: { programme: "Programme", speakers: "Speakers", weeks: "All weeks" },
  },
  error: {
    metaTitle: "Sorry, there is a problem",
    heading: "Sorry, there is a problem with the service",
    body: "The page could not be shown just now. Try again in a few minutes.",
    bookingHint:
      "If you were booking a place, look in My programme after trying again: a booking is either made in full or not at all, and booking twice never gives you two places.",
    retry: "Try again",
    programmeLink: "Go to the programme",
    homeLink: "Go to the home page",
    reference: "Reference for the organisers: {digest}",
  },
} as const;
