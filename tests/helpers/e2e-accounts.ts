import type { Page } from "@playwright/test";

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

/**
 * Creates an account through the real sign-up form and submits it; the
 * caller checks where it lands (or, for bad input, the errors shown).
 */
export async function submitSignUpForm(page: Page, account: NewAccount): Promise<void> {
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent(account.returnTo ?? "/account")}`);
  await page.getByLabel("Full name").fill(account.name);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  if (account.regulator) await page.getByLabel("Registered with").selectOption({ label: account.regulator });
  if (account.registrationNumber) await page.getByLabel("Registration number").fill(account.registrationNumber);
  await page.getByRole("button", { name: "Create account" }).click();
}
