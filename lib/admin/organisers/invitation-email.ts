import { plainText } from "../../email/email-text";
import type { EmailMessage } from "../../email/send-email";
import { organiserText } from "./organiser-text";

/**
 * The email inviting someone without an account to be an organiser: they sign
 * up with the invited address and are an organiser from their first visit.
 */
export function organiserInvitationEmail(input: { email: string; invitedBy: string; siteUrl: string }): EmailMessage {
  const t = organiserText();
  return {
    to: input.email,
    subject: t("email.subject"),
    text: plainText([
      t("email.greeting"),
      t("email.intro", { invitedBy: input.invitedBy }),
      [t("email.signUp", { email: input.email }), `${input.siteUrl}/sign-up`],
      t("email.sameAddress"),
      t("email.notExpected"),
      t("email.signOff"),
    ]),
  };
}
