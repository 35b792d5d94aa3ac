/**
 * Whether a value from an address could be one of our slugs (lower-case
 * letters and digits joined by single hyphens, as lib/admin/slug.ts makes
 * them): anything else names nothing, so it is a 404 without a query. The
 * limit is far above the 100 characters the forms allow.
 */
export function isPublicSlug(value: string): boolean {
  return value.length <= 200 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
}
