import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts } from "../../../prisma/seed/demo-accounts";

/** Signs in through the real form and waits until the account page shows. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD, returnTo = "/account") {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export const signInAsOrganiser = (page: Page, returnTo = "/admin") => signInAs(page, demoAccounts.organiser.email, DEMO_PASSWORD, returnTo);
export const signInAsAttendee = (page: Page, returnTo = "/account") => signInAs(page, demoAccounts.attendee.email, DEMO_PASSWORD, returnTo);
