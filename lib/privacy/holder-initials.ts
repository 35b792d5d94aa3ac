/**
 * A name as initials, for a certificate whose holder closed their account and
 * chose not to keep their name on it: "Siân Llŷr" → "S. L.",
 * "Mary-Jane O'Neil" → "M.-J. O.". Letters outside the basic Latin alphabet
 * (Ł, Ø, Ś…) are kept as they are; anything that is not a letter is ignored.
 */
export function holderInitials(name: string): string {
  const words = name.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  const initials = words
    .map((word) =>
      word
        .split("-")
        .map((part) => Array.from(part).find((character) => /\p{L}/u.test(character)))
        .filter((letter): letter is string => Boolean(letter))
        .map((letter) => `${letter.toLocaleUpperCase("en-GB")}.`)
        .join("-"),
    )
    .filter(Boolean);
  return initials.length > 0 ? initials.join(" ") : "–";
}
