import { describe, expect, it } from "vitest";
import { weekOpenGraphCard } from "./open-graph-card";
import { openGraphImageNotFound, openGraphImageResponse } from "./open-graph-image-response";
import { openGraphImagePng } from "./recent-open-graph-images";

const week = {
  title: "Social Work Week 2025",
  titleCy: null,
  startDate: new Date("2025-03-17"),
  endDate: new Date("2025-03-21"),
  organiserName: "Social Care Wales",
  organiserNameCy: null,
};

describe("the share-image routes' answers", () => {
  it("draws an image once and serves the same bytes to every request, as a public PNG", async () => {
    const card = weekOpenGraphCard(week, "cy");
    const first = await openGraphImagePng(card);
    const again = await openGraphImagePng(weekOpenGraphCard(week, "cy"));
    expect(again).toBe(first);
    for (let i = 0; i < 2; i++) {
      const response = openGraphImageResponse(first, "cy");
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "image/png",
        "content-language": "cy",
        "content-length": String(first.byteLength),
        "cache-control": "public, max-age=3600, stale-while-revalidate=86400",
      });
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(first);
    }
    expect(await openGraphImagePng(weekOpenGraphCard(week, "en"))).not.toBe(first);
  });

  it("answers anything that is not a public session or week with a plain 404 that no cache keeps", async () => {
    const response = openGraphImageNotFound();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
