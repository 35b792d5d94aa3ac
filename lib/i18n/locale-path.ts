import { getLocale } from "next-intl/server";
import { localisePath } from "./locale-paths";
import { isAppLocale } from "./locales";

/**
 * A path on this site in the language of the request being answered, for
 * redirects from pages and server actions: after a Welsh form, the next page
 * is Welsh too. `redirect(await localePath("/account"))`.
 */
export async function localePath(path: string): Promise<string> {
  const locale = await getLocale();
  return isAppLocale(locale) ? localisePath(path, locale) : path;
}
