import "server-only";
import type { AppLocale } from "../i18n/locales";
import { cachedSessionPage } from "../programme/public-cache";
import { sessionOpenGraphCard } from "./open-graph-card";
import { openGraphImagePng } from "./recent-open-graph-images";

/** A public session's share image in a language; null for a draft, an unknown slug or anything that is not one (the route answers 404). */
export async function getSessionOpenGraphImage(slug: string, locale: AppLocale): Promise<Uint8Array<ArrayBuffer> | null> {
  // The public session page's own cached data: published or cancelled sessions of published weeks only, slug checked first.
  const session = await cachedSessionPage(slug);
  return session ? openGraphImagePng(sessionOpenGraphCard(session, locale)) : null;
}
