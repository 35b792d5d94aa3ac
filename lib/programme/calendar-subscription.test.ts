import { describe, expect, it } from "vitest";
import { calendarSubscriptionUrl } from "./calendar-subscription";

describe("calendarSubscriptionUrl", () => {
  it("is the feed's address on the site with the webcal scheme", () => {
    expect(calendarSubscriptionUrl("https://cpdweek.example", "/weeks/social-work-week-2025/calendar.ics", "en")).toBe(
      "webcal://cpdweek.example/weeks/social-work-week-2025/calendar.ics",
    );
    expect(calendarSubscriptionUrl("http://localhost:3000", "/themes/well-being/calendar.ics", "en")).toBe(
      "webcal://localhost:3000/themes/well-being/calendar.ics",
    );
  });

  it("keeps a Welsh page's visitor in Welsh, and a site under a path prefix under it", () => {
    expect(calendarSubscriptionUrl("https://cpdweek.example", "/weeks/social-work-week-2025/calendar.ics", "cy")).toBe(
      "webcal://cpdweek.example/cy/weeks/social-work-week-2025/calendar.ics",
    );
    expect(calendarSubscriptionUrl("https://council.example/cpd", "/weeks/w/calendar.ics", "en")).toBe("webcal://council.example/cpd/weeks/w/calendar.ics");
  });
});
