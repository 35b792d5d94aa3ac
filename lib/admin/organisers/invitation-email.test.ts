import { describe, expect, it } from "vitest";
import { organiserInvitationEmail } from "./invitation-email";

describe("organiserInvitationEmail", () => {
  it("gives the invited person their one-use link and when it stops working, in UK time", () => {
    const url = "https://cpdweek.example.org/organiser-invitation?token=abc";
    const message = organiserInvitationEmail({ email: "new.organiser@example.test", invitedBy: "Demo Organiser", url, expiresAt: new Date("2026-07-13T09:30:00Z") });
    expect(message.to).toBe("new.organiser@example.test");
    expect(message.subject).toBe("You are invited to help organise CPD Week");
    expect(message.text).toContain("Demo Organiser has invited you");
    expect(message.text).toContain(url);
    expect(message.text).toContain("new.organiser@example.test");
    expect(message.text).toContain("10:30 on 13 July 2026");
    expect(message.text).not.toMatch(/\{|\}/);
  });
});
