import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment", () => {
  it("names a missing database setting", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
  });

  it("names a malformed setting", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/x" })).toThrow(/DATABASE_URL must be a postgresql:\/\/ URL/);
    expect(() => parseEnv({ DATABASE_URL: "postgresql://localhost/x", NEXTAUTH_SECRET: "s".repeat(32), SITE_URL: "not a url" })).toThrow(/SITE_URL/);
    expect(() => parseEnv({ DATABASE_URL: "postgresql://localhost/x", NEXTAUTH_SECRET: "s".repeat(32), PORT: "99999" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "postgresql://localhost/x", NEXTAUTH_SECRET: "s".repeat(32), TRUSTED_PROXIES: "10.0.0.0/8, load-balancer" })).toThrow(
      /TRUSTED_PROXIES: "load-balancer" is not an IP address/,
    );
    expect(
      parseEnv({ DATABASE_URL: "postgresql://localhost/x", NEXTAUTH_SECRET: "s".repeat(32), TRUSTED_PROXIES: "10.0.0.0/8 fd00::/8" }).TRUSTED_PROXIES,
    ).toBe("10.0.0.0/8 fd00::/8");
  });

  it("names a missing or short session secret", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgresql://localhost/x" })).toThrow(/NEXTAUTH_SECRET is required/);
    expect(() => parseEnv({ DATABASE_URL: "postgresql://localhost/x", NEXTAUTH_SECRET: "short" })).toThrow(/at least 32/);
  });

  it("names a malformed SMTP_URL, and treats an empty one as not set", () => {
    const base = { DATABASE_URL: "postgresql://localhost/x", NEXTAUTH_SECRET: "s".repeat(32) };
    for (const malformed of ["mail.example.org:25", "https://mail.example.org", "smtp://"]) {
      expect(() => parseEnv({ ...base, SMTP_URL: malformed })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    }
    expect(parseEnv({ ...base, SMTP_URL: "smtps://user:secret@mail.example.org:465" }).SMTP_URL).toBe("smtps://user:secret@mail.example.org:465");
    expect(parseEnv({ ...base, SMTP_URL: "" })).toMatchObject({
      SMTP_URL: undefined,
      EMAIL_FROM: "CPD Week <no-reply@cpdweek.localhost>",
      EMAIL_OUTBOX_DIR: ".data/outbox",
    });
  });

  it("treats an empty SITE_URL (SITE_URL= in a .env file) as not set", () => {
    const base = { DATABASE_URL: "postgresql://localhost/x", NEXTAUTH_SECRET: "s".repeat(32) };
    expect(parseEnv({ ...base, SITE_URL: "" }).SITE_URL).toBeUndefined();
    expect(parseEnv({ ...base, SITE_URL: "https://cpdweek.example.org" }).SITE_URL).toBe("https://cpdweek.example.org");
  });

  it("accepts a complete configuration with defaults", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/cpd", NEXTAUTH_SECRET: "s".repeat(32) })).toMatchObject({
      PORT: 3000,
      NODE_ENV: "development",
    });
  });
});
