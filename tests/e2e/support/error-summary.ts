import type { Page } from "@playwright/test";

/** The form's error summary (Next.js also has an empty route announcer with role="alert"). */
export function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
}
