import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { queryE2eDatabase } from "./database";
import { newestLinkSecret } from "./outbox";

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

/** The password `signUp` gives an account when the test does not choose one. */
export const NEW_ACCOUNT_PASSWORD = "a long enough password";

export type SignedUpAccount = { id: string; name: string; email: string; password: string };

/**
 * The one way a browser test makes a person of its own: signs up through the
 * real forms (as `submitSignUpForm`), waits until the page has landed where
 * sign-up sends them (`returnTo`, /account when left out), signed in, and
 * returns the account with its id. The email defaults to a unique
 * @example.test address, the password to NEW_ACCOUNT_PASSWORD. Tests about
 * the sign-up forms themselves (errors, links) use the steps above.
 */
export async function signUp(page: Page, account: Omit<NewAccount, "email" | "password"> & { email?: string; password?: string }): Promise<SignedUpAccount> {
  const email = account.email ?? `${account.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomBytes(4).toString("hex")}@example.test`;
  const password = account.password ?? NEW_ACCOUNT_PASSWORD;
  const returnTo = account.returnTo ?? "/account";
  await submitSignUpForm(page, { ...account, email, password, returnTo });
  await page.waitForURL((url) => url.pathname + url.search === returnTo);
  const [user] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email.toLowerCase()]);
  if (!user) throw new Error(`the new account ${email} is missing`);
  return { id: user.id, name: account.name, email, password };
}
