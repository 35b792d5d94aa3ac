import { openGraphCardVersion, type OpenGraphCard } from "./open-graph-card";
import { renderOpenGraphImage } from "./render-open-graph-image";

// The images drawn lately, kept in this process by their version (a hash of
// everything drawn, so a changed session gets a new entry and never an old
// picture). Drawing one costs 50–90 ms of CPU; a link shared in a busy Teams
// channel is fetched by every client that shows it. At most 128 are kept
// (about 10 MB), the least recently used going first.

const LIMIT = 128;
const recent = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

export function openGraphImagePng(card: OpenGraphCard): Promise<Uint8Array<ArrayBuffer>> {
  const key = openGraphCardVersion(card);
  let png = recent.get(key);
  if (png) {
    recent.delete(key);
  } else {
    png = renderOpenGraphImage(card);
    // A failed drawing is not kept: the next request tries again.
    png.catch(() => recent.delete(key));
  }
  recent.set(key, png);
  while (recent.size > LIMIT) recent.delete(recent.keys().next().value as string);
  return png;
}
