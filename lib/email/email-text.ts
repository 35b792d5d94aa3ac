import { createTranslator } from "next-intl";
import messages from "../i18n/messages/en.json";

// Emails are written outside React, so they use next-intl's plain translator
// over the same catalogue as the pages. English only: people have no language
// preference yet, and the Welsh catalogue will be chosen here when it arrives.
export function emailTranslator() {
  return createTranslator({ locale: "en", messages });
}

export type Translate = ReturnType<typeof emailTranslator>;

/** A plain-text body: blocks of lines separated by blank lines; empty blocks are left out. */
export function plainText(blocks: (string | string[] | false | null | undefined)[]): string {
  return (
    blocks
      .map((block) => (Array.isArray(block) ? block.join("\n") : block))
      .filter((block): block is string => Boolean(block))
      .join("\n\n") + "\n"
  );
}
