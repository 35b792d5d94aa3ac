import { describe, expect, it } from "vitest";
import { organiserInvitationEmail } from "./invitation-email";

describe("organiserInvitationEmail", () => {
  it("gives the invited person their one-use link and when it stops working, in UK time", () => {
    const url = "https://cpdweek.example.org/organiser-invitation?token=abc";
    const message = organiserInvitationEmail({
      email: "new.organiser@example.test",
      invitedBy: "Demo Organiser",
      url: () => url,
      expiresAt: new Date("2026-07-13T09:30:00Z"),
      locales: ["en"],
    });
    expect(message.to).toBe("new.organiser@example.test");
    expect(message.subject).toBe("You are invited to help organise CPD Week");
    expect(message.text).toContain("Demo Organiser has invited you");
    expect(message.text).toContain(url);
    expect(message.text).toContain("new.organiser@example.test");
    expect(message.text).toContain("10:30 on 13 July 2026");
    expect(message.text).not.toMatch(/\{|\}/);
  });

  it("is written in Welsh and English, Welsh first, for someone who has not chosen a language", () => {
    const url = (locale: "en" | "cy") => `https://cpdweek.example.org${locale === "cy" ? "/cy" : ""}/organiser-invitation?token=abc`;
    const message = organiserInvitationEmail({
      email: "trefnydd@example.test",
      invitedBy: "Demo Organiser",
      url,
      expiresAt: new Date("2026-07-13T09:30:00Z"),
      locales: ["cy", "en"],
    });
    // Each part links to the page in its own language, the Welsh first.
    expect(message.text.indexOf(url("cy"))).toBeGreaterThan(-1);
    expect(message.text.indexOf(url("en"))).toBeGreaterThan(message.text.indexOf(url("cy")));
    const [welsh = "", english = ""] = message.subject.split(" / ");
    expect(welsh).not.toBe(english);
    expect(message.subject).toContain("CPD Week");
    const welshAt = message.text.indexOf("13 Gorffennaf 2026");
    const englishAt = message.text.indexOf("10:30 on 13 July 2026");
    expect(welshAt).toBeGreaterThan(-1);
    expect(englishAt).toBeGreaterThan(welshAt);
    expect(message.text).not.toMatch(/\{|\}/);
  });
});
