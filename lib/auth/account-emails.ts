import { writtenIn, plainText, type Translate } from "../email/email-text";
import type { EmailMessage } from "../email/send-email";
import { localisePath } from "../i18n/locale-paths";
import type { AppLocale } from "../i18n/locales";

// The emails that prove a person reads a mailbox. Every one says what was
// asked for, how long its link lasts, and what happens if it was not them.
// Written in `locales`: the account's language for correspondence when the
// address has an account, else the language of the page the request came from.

type Blocks = (t: Translate, locale: AppLocale) => (string | string[])[];

function accountEmail(to: string, locales: readonly AppLocale[], subjectKey: Parameters<Translate>[0], blocks: Blocks): EmailMessage {
  return {
    to,
    ...writtenIn(locales, (t, locale) => ({
      subject: t(subjectKey),
      text: plainText([t("account.emails.greeting"), ...blocks(t, locale), t("account.emails.signOff")]),
    })),
  };
}

const page = (siteUrl: string, path: string, locale: AppLocale) => `${siteUrl}${localisePath(path, locale)}`;

/** `url` opens the link's page; a link is one address, so it opens in the first language. */
export function signUpLinkEmail(to: string, url: string, locales: readonly AppLocale[]): EmailMessage {
  return accountEmail(to, locales, "account.emails.signUpSubject", (t) => [
    t("account.emails.signUpIntro"),
    [t("account.emails.signUpAction"), url],
    t("account.emails.signUpNotYou"),
  ]);
}

/** Sent instead of a sign-up link when the address already has an account: the page says the same either way. */
export function alreadyRegisteredEmail(to: string, siteUrl: string, locales: readonly AppLocale[]): EmailMessage {
  return accountEmail(to, locales, "account.emails.alreadySubject", (t, locale) => [
    t("account.emails.alreadyIntro"),
    [t("account.emails.alreadySignIn"), page(siteUrl, "/sign-in", locale)],
    [t("account.emails.alreadyForgotten"), page(siteUrl, "/forgotten-password", locale)],
    t("account.emails.alreadyNotYou"),
  ]);
}

export function passwordResetEmail(to: string, url: string, locales: readonly AppLocale[]): EmailMessage {
  return accountEmail(to, locales, "account.emails.resetSubject", (t) => [
    t("account.emails.resetIntro"),
    [t("account.emails.resetAction"), url],
    t("account.emails.resetNotYou"),
  ]);
}

/** Sent instead of a reset link when the address has no account. */
export function noAccountEmail(to: string, siteUrl: string, locales: readonly AppLocale[]): EmailMessage {
  return accountEmail(to, locales, "account.emails.noAccountSubject", (t, locale) => [
    t("account.emails.noAccountIntro"),
    [t("account.emails.noAccountSignUp"), page(siteUrl, "/sign-up", locale)],
    t("account.emails.noAccountNotYou"),
  ]);
}

export function verifyEmailLinkEmail(to: string, url: string, locales: readonly AppLocale[]): EmailMessage {
  return accountEmail(to, locales, "account.emails.verifySubject", (t) => [
    t("account.emails.verifyIntro"),
    [t("account.emails.verifyAction"), url],
    t("account.emails.verifyNotYou"),
  ]);
}

/** Sent to the new address: the account moves to it only when this link is followed. */
export function changeEmailLinkEmail(to: string, url: string, locales: readonly AppLocale[]): EmailMessage {
  return accountEmail(to, locales, "account.emails.changeSubject", (t) => [
    t("account.emails.changeIntro"),
    [t("account.emails.changeAction"), url],
    t("account.emails.changeNotYou"),
  ]);
}

/** Sent to the new address instead, when it already has an account of its own: the page says the same either way. */
export function changeEmailTakenEmail(to: string, siteUrl: string, locales: readonly AppLocale[]): EmailMessage {
  return accountEmail(to, locales, "account.emails.changeTakenSubject", (t, locale) => [
    t("account.emails.changeTakenIntro"),
    [t("account.emails.alreadySignIn"), page(siteUrl, "/sign-in", locale)],
    t("account.emails.changeNotYou"),
  ]);
}

/** Sent to the old address once the change is made, so a change nobody meant is noticed. */
export function emailChangedNoticeEmail(to: string, newEmail: string, siteUrl: string, locales: readonly AppLocale[]): EmailMessage {
  return accountEmail(to, locales, "account.emails.changedSubject", (t, locale) => [
    t("account.emails.changedIntro", { email: newEmail }),
    [t("account.emails.changedNotYou"), page(siteUrl, "/forgotten-password", locale)],
  ]);
}
