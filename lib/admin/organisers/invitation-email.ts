import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { plainText } from "../../email/email-text";
import type { EmailMessage } from "../../email/send-email";
import { organiserText } from "./organiser-text";

/**
 * The email inviting someone to be an organiser: a one-use link that only
 * whoever reads this mailbox can open, with the date it stops working.
 */
export function organiserInvitationEmail(input: { email: string; invitedBy: string; url: string; expiresAt: Date }): EmailMessage {
  const t = organiserText();
  const expires = format(new TZDate(input.expiresAt, "Europe/London"), "HH:mm 'on' d MMMM yyyy");
  return {
    to: input.email,
    subject: t("email.subject"),
    text: plainText([
      t("email.greeting"),
      t("email.intro", { invitedBy: input.invitedBy }),
      [t("email.accept", { email: input.email }), input.url],
      t("email.expires", { expires }),
      t("email.notExpected"),
      t("email.signOff"),
    ]),
  };
}
