import { randomBytes } from "node:crypto";

// Certificate codes are the only key to a certificate's public page, so they
// must be unguessable: 140 bits from the operating system's random source,
// written in Crockford's base 32 (digits and capitals without I, L, O and U,
// so nothing can be misread when typed from paper) in groups of four.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 28 characters of 5 bits each: 140 random bits. */
export const CODE_CHARACTERS = 28;
const GROUP = 4;
const PREFIX = "CPD";

/** A new code such as "CPD-7QK3-M2ZD-…" (seven groups of four after the prefix). */
export function generateCertificateCode(): string {
  const bytes = randomBytes(Math.ceil((CODE_CHARACTERS * 5) / 8));
  let bits = 0;
  let value = 0;
  let body = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && body.length < CODE_CHARACTERS) {
      body += ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return formatCode(body);
}

function formatCode(body: string): string {
  const groups = body.match(new RegExp(`.{1,${GROUP}}`, "g")) ?? [];
  return [PREFIX, ...groups].join("-");
}

/**
 * The stored form of a code as a person typed or pasted it (any case, spaces
 * or dashes anywhere, with or without the "CPD" prefix, O for 0 and I or L for
 * 1 as Crockford's base 32 allows), or null when it cannot be a code at all.
 */
export function normaliseCertificateCode(input: string): string | null {
  let body = input
    .toUpperCase()
    .replace(/[\s\-‐‑–—]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (body.length === CODE_CHARACTERS + PREFIX.length && body.startsWith(PREFIX)) body = body.slice(PREFIX.length);
  if (body.length !== CODE_CHARACTERS) return null;
  for (const character of body) if (!ALPHABET.includes(character)) return null;
  return formatCode(body);
}
