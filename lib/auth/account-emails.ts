import { emailTranslator, plainText } from "../email/email-text";
import type { EmailMessage } from "../email/send-email";

// The emails that prove a person reads a mailbox. Every one says what was
// asked for, how long its link lasts, and what happens if it was not them.

function accountEmail(to: string, subject: string, blocks: (string | string[])[]): EmailMessage {
  const t = emailTranslator();
  return { to, subject, text: plainText([t("account.emails.greeting"), ...blocks, t("account.emails.signOff")]) };
}

export function signUpLinkEmail(to: string, url: string): EmailMessage {
  const t = emailTranslator();
  return accountEmail(to, t("account.emails.signUpSubject"), [t("account.emails.signUpIntro"), [t("account.emails.signUpAction"), url], t("account.emails.signUpNotYou")]);
}

/** Sent instead of a sign-up link when the address already has an account: the page says the same either way. */
export function alreadyRegisteredEmail(to: string, siteUrl: string): EmailMessage {
  const t = emailTranslator();
  return accountEmail(to, t("account.emails.alreadySubject"), [
    t("account.emails.alreadyIntro"),
    [t("account.emails.alreadySignIn"), `${siteUrl}/sign-in`],
    [t("account.emails.alreadyForgotten"), `${siteUrl}/forgotten-password`],
    t("account.emails.alreadyNotYou"),
  ]);
}

export function passwordResetEmail(to: string, url: string): EmailMessage {
  const t = emailTranslator();
  return accountEmail(to, t("account.emails.resetSubject"), [t("account.emails.resetIntro"), [t("account.emails.resetAction"), url], t("account.emails.resetNotYou")]);
}

/** Sent instead of a reset link when the address has no account. */
export function noAccountEmail(to: string, siteUrl: string): EmailMessage {
  const t = emailTranslator();
  return accountEmail(to, t("account.emails.noAccountSubject"), [t("account.emails.noAccountIntro"), [t("account.emails.noAccountSignUp"), `${siteUrl}/sign-up`], t("account.emails.noAccountNotYou")]);
}

export function verifyEmailLinkEmail(to: string, url: string): EmailMessage {
  const t = emailTranslator();
  return accountEmail(to, t("account.emails.verifySubject"), [t("account.emails.verifyIntro"), [t("account.emails.verifyAction"), url], t("account.emails.verifyNotYou")]);
}
