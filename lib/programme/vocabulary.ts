import { Audience, DeliveryLanguage, SessionFormat, SpeakerPart } from "../generated/prisma/enums";

// The session's words, for pages and components, which never import the
// generated client (docs/decisions/0017-one-rule-for-the-database.md).
export { AccessProvision, Audience, DeliveryLanguage, SessionFormat } from "../generated/prisma/enums";

// URL-friendly names for enum values, so filters read well in a shared link
// (/programme?format=in-person&audience=managers-and-leaders&language=welsh).

function slugOf(value: string): string {
  return value.toLowerCase().replace(/_/g, "-");
}

export const formatSlugs = Object.values(SessionFormat).map(slugOf);
export const audienceSlugs = Object.values(Audience).map(slugOf);
export const deliveryLanguageSlugs = Object.values(DeliveryLanguage).map(slugOf);
export const speakerPartSlugs = Object.values(SpeakerPart).map(slugOf);

export function formatFromSlug(slug: string): SessionFormat | undefined {
  return Object.values(SessionFormat).find((value) => slugOf(value) === slug);
}

export function audienceFromSlug(slug: string): Audience | undefined {
  return Object.values(Audience).find((value) => slugOf(value) === slug);
}

export function deliveryLanguageFromSlug(slug: string): DeliveryLanguage | undefined {
  return Object.values(DeliveryLanguage).find((value) => slugOf(value) === slug);
}

export { slugOf as enumSlug };
