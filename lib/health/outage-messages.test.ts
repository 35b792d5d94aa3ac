import { describe, expect, it } from "vitest";
import messages from "../i18n/messages/en.json";
import { outageMessages } from "./outage-messages";

describe("the root error page's copy of the messages", () => {
  it("says exactly what en.json says", () => {
    expect(outageMessages.error).toEqual(messages.error);
    expect(outageMessages.site.name).toBe(messages.site.name);
    expect(outageMessages.site.skipLink).toBe(messages.site.skipLink);
    expect(outageMessages.site.primaryNav).toBe(messages.site.primaryNav);
    expect(outageMessages.site.nav).toEqual({
      programme: messages.site.nav.programme,
      speakers: messages.site.nav.speakers,
      weeks: messages.site.nav.weeks,
    });
  });
});
