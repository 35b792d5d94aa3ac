import { z } from "zod";
import { slugField } from "../slug";
import { contrastWithWhite, MIN_THEME_CONTRAST } from "./colour-contrast";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((value) => (value ? value : null));

/** The theme form as submitted, checked and turned into what is stored. */
export const themeFormSchema = z.object({
  eventId: z.string({ error: "eventRequired" }).trim().min(1, "eventRequired").max(40, "eventRequired"),
  name: z.string({ error: "nameRequired" }).trim().min(1, "nameRequired").max(120, "tooLong"),
  nameCy: optionalText(120),
  slug: slugField,
  summary: z.string({ error: "summaryRequired" }).trim().min(1, "summaryRequired").max(600, "tooLong"),
  summaryCy: optionalText(600),
  colour: z
    .string({ error: "colourRequired" })
    .trim()
    .min(1, "colourRequired")
    .regex(/^#[0-9a-fA-F]{6}$/, "colourInvalid")
    .transform((value) => value.toLowerCase())
    .refine((value) => contrastWithWhite(value) >= MIN_THEME_CONTRAST, "colourLowContrast"),
  position: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return 0;
      if (!/^\d{1,4}$/.test(value)) {
        context.addIssue({ code: "custom", message: "positionInvalid" });
        return z.NEVER;
      }
      return Number(value);
    }),
});

export type ThemeFormInput = z.input<typeof themeFormSchema>;

export const themeRecordSelect = {
  id: true,
  eventId: true,
  slug: true,
  name: true,
  nameCy: true,
  summary: true,
  summaryCy: true,
  colour: true,
  position: true,
} as const;
