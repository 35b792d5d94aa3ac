import { z } from "zod";

// One rule for text that people type, in every form. Text from outside is
// untrusted: a line break in a single-line field (a name, a title, an
// organiser) ends up raw in calendar files, email headers and CSV rows, so
// single-line fields refuse every control character at the schema; multi-line
// fields (summaries, descriptions, reflections) allow line breaks and tabs
// only. Each form's catalogue has the message for CONTROL_CHARACTERS.

/** Catalogue key of the message shown when a field holds control characters. */
export const CONTROL_CHARACTERS = "controlCharacters";

// C0 controls, DEL, C1 controls and the Unicode line and paragraph separators.
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_BUT_LINE_BREAKS_AND_TABS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

export const isSingleLine = (value: string): boolean => !ANY_CONTROL.test(value);
export const isMultiLine = (value: string): boolean => !CONTROL_BUT_LINE_BREAKS_AND_TABS.test(value);

type TextKeys = {
  /** Message key when the field is empty; leave out for an optional field. */
  required?: string;
  /** Message key when it is longer than `max` (default "tooLong"). */
  tooLong?: string;
};

function text(max: number, keys: TextKeys, allowed: (value: string) => boolean) {
  const base = z.string(keys.required ? { error: keys.required } : undefined).trim();
  return (keys.required ? base.min(1, keys.required) : base).max(max, keys.tooLong ?? "tooLong").refine(allowed, CONTROL_CHARACTERS);
}

/** One line of text, trimmed: no line breaks, tabs or other control characters. */
export const singleLineText = (max: number, keys: TextKeys = {}) => text(max, keys, isSingleLine);

/** Paragraphs of text, trimmed: line breaks and tabs allowed, other control characters refused. */
export const multiLineText = (max: number, keys: TextKeys = {}) => text(max, keys, isMultiLine);

/** An optional field as stored: null when left empty. */
export const nullWhenEmpty = <Schema extends z.ZodType<string, string>>(schema: Schema) => schema.optional().transform((value) => (value ? value : null));
