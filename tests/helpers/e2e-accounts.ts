import { expect, type Page } from "@playwright/test";
import { newestLinkSecret } from "./e2e-outbox";

export type NewAccount = {
  name: string;
  email: string;
  password: string;
  /** As the "Registered with" list shows it, e.g. "Social Work England". */
  regulator?: string;
  registrationNumber?: string;
  /** Where sign-up sends the new account (its callbackUrl); /account when left out. */
  returnTo?: string;
};

/** The port of the server the page is on, whose outbox holds its emails. */
const portOf = (page: Page) => new URL(page.url()).port;

/** Step one of signing up: asks for the link to be emailed, and waits for "Check your email". */
export async function requestSignUpLink(page: Page, email: string, returnTo = "/account"): Promise<void> {
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** Opens the newest sign-up link emailed to the address (what a person does in their mail program). */
export async function openSignUpLink(page: Page, email: string): Promise<void> {
  const secret = await newestLinkSecret(email.toLowerCase(), "/sign-up/finish", portOf(page));
  await page.goto(`/sign-up/finish?token=${secret}`);
}

/** Fills in and submits the details form an emailed link leads to (finishing a sign-up, or accepting an invitation). */
export async function submitNewAccountForm(page: Page, account: Omit<NewAccount, "email" | "returnTo">, submit = "Create account"): Promise<void> {
  await page.getByLabel("Full name").fill(account.name);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  if (account.regulator) await page.getByLabel("Registered with").selectOption({ label: account.regulator });
  if (account.registrationNumber) await page.getByLabel("Registration number").fill(account.registrationNumber);
  await page.getByRole("button", { name: submit }).click();
}

/**
 * Creates an account the way a person does: the sign-up form, the link in the
 * email, then the details form. The caller checks where it lands (or, for bad
 * input, the errors shown).
 */
export async function submitSignUpForm(page: Page, account: NewAccount): Promise<void> {
  await requestSignUpLink(page, account.email, account.returnTo);
  await openSignUpLink(page, account.email);
  await submitNewAccountForm(page, account);
}
