import type { Prisma } from "../generated/prisma/client";
import { correspondenceLocales, plainText, writtenIn } from "./email-text";
import { registrationForEmailSelect } from "./load-registration";
import { pageUrl, sessionDetails, signOff, titleOf } from "./registration-messages";
import type { EmailMessage } from "./send-email";

/** What the email about a request shows, in one query (the same session fields as the registration emails). */
export const bookingRequestForEmailSelect = {
  id: true,
  status: true,
  user: { select: { email: true, name: true, language: true } },
  // The same session details as the registration emails, so sessionDetails() reads them alike.
  session: registrationForEmailSelect.session,
} satisfies Prisma.BookingRequestSelect;

export type BookingRequestForEmail = Prisma.BookingRequestGetPayload<{ select: typeof bookingRequestForEmailSelect }>;

/** The organisers could not offer a place: said kindly, with the rest of the programme. Nothing of why (that is theirs to say). */
export function requestDeclinedEmail(request: BookingRequestForEmail, siteUrl: string): EmailMessage {
  const { session, user } = request;
  return {
    to: user.email,
    ...writtenIn(correspondenceLocales(user.language), (t, locale) => ({
      subject: t("email.requestDeclined.subject", { title: titleOf(session, locale) }),
      text: plainText([
        t("email.greeting", { name: user.name }),
        t("email.requestDeclined.intro"),
        sessionDetails(t, session, locale, { joinLink: false }),
        t("email.requestDeclined.why"),
        t("email.requestDeclined.otherSessions", { url: pageUrl(siteUrl, "/programme", locale) }),
        signOff(t, session, locale),
      ]),
    })),
  };
}
