// @ts-check
// Next.js's own in-memory 'use cache' handler (next.config.ts cacheHandlers),
// which also hears of programme changes made by other server processes and
// instances: the database notifies every process (lib/cache/change-feed.ts),
// and before a request's first cache read this expires the public programme's
// tag if the programme changed since it last looked. A change made in this
// process has already expired it (revalidatePublicPages); doing it once more
// costs one extra read. See docs/decisions/0010-anonymous-page-cache.md.
//
// Plain CommonJS: Next.js loads this file itself, at build and at run time,
// without compiling it, so it cannot import our TypeScript. It reads the
// change feed's counters from globalThis (the same symbol as change-feed.ts),
// and names the tag that lib/programme/public-cache-tag.ts exports
// (lib/cache/use-cache-handler.test.ts checks that both agree).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, loaded by Next.js as it is (above)
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default");

const PUBLIC_PROGRAMME_TAG = "public-programme";
const FEED = Symbol.for("cpd-week.change-feed");

/** @returns {number} */
function programmeVersion() {
  const feed = /** @type {Record<symbol, { programme?: number } | undefined>} */ (/** @type {unknown} */ (globalThis))[FEED];
  return feed?.programme ?? 0;
}

/** Next.js's own handler, with its own default size (50 MB). */
const defaultHandler = createDefaultCacheHandler(50 * 1024 * 1024);
let seenProgrammeVersion = programmeVersion();

async function catchUp() {
  const programme = programmeVersion();
  if (programme === seenProgrammeVersion) return;
  seenProgrammeVersion = programme;
  await defaultHandler.updateTags([PUBLIC_PROGRAMME_TAG]);
}

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  async get(cacheKey, softTags) {
    await catchUp();
    return defaultHandler.get(cacheKey, softTags);
  },
  set: (cacheKey, pendingEntry) => defaultHandler.set(cacheKey, pendingEntry),
  async refreshTags() {
    await catchUp();
    await defaultHandler.refreshTags();
  },
  getExpiration: (tags) => defaultHandler.getExpiration(tags),
  updateTags: (tags, durations) => defaultHandler.updateTags(tags, durations),
};

module.exports = handler;
module.exports.PUBLIC_PROGRAMME_TAG = PUBLIC_PROGRAMME_TAG;
