/** The tag of every cached piece of the public programme (lib/programme/public-cache.ts). */
export const PUBLIC_PROGRAMME_TAG = "public-programme";
