import { createRequire } from "node:module";
import type { CacheEntry, CacheHandler } from "next/dist/server/lib/cache-handlers/types";
import { describe, expect, it } from "vitest";
import { PUBLIC_PROGRAMME_TAG } from "../programme/public-cache-tag";
import { noteChange } from "./change-feed";

// The 'use cache' handler hears of a programme change made in another process
// through the change feed, and the cached programme is then read afresh.
const handler = createRequire(import.meta.url)("./use-cache-handler.cjs") as CacheHandler & { PUBLIC_PROGRAMME_TAG: string };

function entry(tags: string[]): Promise<CacheEntry> {
  return Promise.resolve({
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("the programme"));
        controller.close();
      },
    }),
    tags,
    stale: 300,
    timestamp: Date.now(),
    expire: 3600,
    revalidate: 3600,
  });
}

async function usable(key: string): Promise<boolean> {
  await handler.refreshTags();
  const found = await handler.get(key, []);
  if (!found) return false;
  const expired = await handler.getExpiration(found.tags);
  return found.revalidate >= 0 && expired <= found.timestamp;
}

describe("the 'use cache' handler", () => {
  it("names the same tag as the public programme", () => {
    expect(handler.PUBLIC_PROGRAMME_TAG).toBe(PUBLIC_PROGRAMME_TAG);
  });

  it("drops the public programme when another process changed it, and nothing else", async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler.set("programme", entry([PUBLIC_PROGRAMME_TAG]));
    await handler.set("other", entry(["something-else"]));
    expect(await usable("programme")).toBe(true);
    expect(await usable("other")).toBe(true);

    noteChange("programme");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await usable("programme")).toBe(false);
    expect(await usable("other")).toBe(true);
  });

  it("keeps the programme when only places changed", async () => {
    // After the expiry of the test above, so that only this test's change counts.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await handler.set("programme-again", entry([PUBLIC_PROGRAMME_TAG]));
    noteChange("places");
    expect(await usable("programme-again")).toBe(true);
  });
});
