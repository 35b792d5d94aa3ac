import { describe, expect, it, vi } from "vitest";

// next/server's connection() needs a request scope; the route is called directly here.
vi.mock("next/server", () => ({ connection: async () => undefined }));

describe("GET /api/health", () => {
  it("answers 200 JSON, never cached, when the database answers", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { status: string; database: string; uptime: number };
    expect(body).toEqual({ status: "ok", database: "ok", uptime: expect.any(Number) as number });
    expect(Number.isInteger(body.uptime)).toBe(true);
  });
});
