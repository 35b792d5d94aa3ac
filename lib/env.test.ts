import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment", () => {
  it("names a missing database setting", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
  });

  it("names a malformed setting", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/x" })).toThrow(/DATABASE_URL must be a postgresql:\/\/ URL/);
    expect(() => parseEnv({ DATABASE_URL: "postgresql://localhost/x", SITE_URL: "not a url" })).toThrow(/SITE_URL/);
    expect(() => parseEnv({ DATABASE_URL: "postgresql://localhost/x", PORT: "99999" })).toThrow(/PORT/);
  });

  it("accepts a complete configuration with defaults", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/cpd" })).toMatchObject({ PORT: 3000, NODE_ENV: "development" });
  });
});
