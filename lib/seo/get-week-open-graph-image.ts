import "server-only";
import type { AppLocale } from "../i18n/locales";
import { cachedPublishedEvent } from "../programme/public-cache";
import { weekOpenGraphCard } from "./open-graph-card";
import { openGraphImagePng } from "./recent-open-graph-images";

/** A published week's share image in a language; null for a draft week or an unknown slug (the route answers 404). */
export async function getWeekOpenGraphImage(slug: string, locale: AppLocale): Promise<Uint8Array<ArrayBuffer> | null> {
  const week = await cachedPublishedEvent(slug);
  return week ? openGraphImagePng(weekOpenGraphCard(week, locale)) : null;
}
