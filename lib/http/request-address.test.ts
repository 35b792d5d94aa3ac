import { describe, expect, it } from "vitest";
import { checkRequestAddress, MALFORMED_ADDRESS, NUL_IN_ADDRESS } from "./request-address";

const check = (address: string) => {
  const url = new URL(address, "http://localhost");
  // new URL keeps percent-escapes in pathname and search as they were sent.
  return checkRequestAddress(url.pathname, url.search);
};

describe("checkRequestAddress", () => {
  it("lets ordinary addresses through, Welsh and escaped percent signs included", () => {
    for (const address of [
      "/",
      "/sessions/strengths-based",
      "/programme?q=100%25",
      "/sessions/x%2500y",
      "/programme?q=gofal%20cymdeithasol&day=2025-03-18",
      "/themes/%C5%B5yl",
      "/programme?q=a+b",
      "/programme?q=",
    ]) {
      expect(check(address), address).toEqual({ ok: true });
    }
  });

  it("refuses broken %-escapes in the path and in the query", () => {
    for (const address of [
      "/sessions/%E0%A4%A",
      "/certificates/verify/%E0%A4%A",
      "/api/sessions/%E0%A4%A/registrations",
      "/sessions/%",
      "/sessions/%zz",
      "/programme?q=%E0%A4%A",
      "/programme?%E0=1",
      "/account/cpd?to=%C3",
    ]) {
      expect(check(address), address).toEqual({ ok: false, reason: MALFORMED_ADDRESS });
    }
  });

  it("refuses U+0000 anywhere", () => {
    for (const address of ["/sessions/%00/calendar.ics", "/programme?q=a%00b", "/programme?a%00=1"]) {
      expect(check(address), address).toEqual({ ok: false, reason: NUL_IN_ADDRESS });
    }
  });
});
