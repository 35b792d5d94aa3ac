import { describe, expect, it } from "vitest";
import { organiserInvitationEmail } from "./invitation-email";

describe("organiserInvitationEmail", () => {
  it("tells the invited person to sign up with that address at the site's sign-up page", () => {
    const message = organiserInvitationEmail({ email: "new.organiser@example.test", invitedBy: "Demo Organiser", siteUrl: "https://cpdweek.example.org" });
    expect(message.to).toBe("new.organiser@example.test");
    expect(message.subject).toBe("You are invited to help organise CPD Week");
    expect(message.text).toContain("Demo Organiser has invited you");
    expect(message.text).toContain("https://cpdweek.example.org/sign-up");
    expect(message.text).toContain("new.organiser@example.test");
    expect(message.text).not.toMatch(/\{|\}/);
  });
});
