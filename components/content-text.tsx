import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { contentIn } from "@/lib/i18n/content";
import { isAppLocale } from "@/lib/i18n/locales";

type Props = {
  /** The English text (always there). */
  en: string;
  /** The Welsh text, if the organiser has written it. */
  cy: string | null | undefined;
  /** Render this element around the text; by default a <span> only when the text is in the other language. */
  as?: "span" | "p" | "div";
  className?: string;
  /** Turns the chosen text into what is shown (paragraphs, say). */
  children?: (text: string) => ReactNode;
};

/**
 * Programme content (a title, a summary, a biography) in the page's language:
 * Welsh on a Welsh page where the organiser wrote it, otherwise the English
 * text carrying lang="en".
 */
export function ContentText({ en, cy, as, className, children }: Props) {
  const locale = useLocale();
  const picked = contentIn(isAppLocale(locale) ? locale : "en", en, cy);
  const body = children ? children(picked.text) : picked.text;
  const lang = picked.lang === locale ? undefined : picked.lang;
  if (!as && !lang && !className) return <>{body}</>;
  const Tag = as ?? "span";
  return (
    <Tag lang={lang} className={className}>
      {body}
    </Tag>
  );
}
