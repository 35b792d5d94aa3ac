import { z } from "zod";
import { multiLineText, nullWhenEmpty, singleLineText } from "../../forms/text-fields";
import { slugField } from "../slug";
import { contrastWithWhite, MIN_THEME_CONTRAST } from "./colour-contrast";

/** The theme form as submitted, checked and turned into what is stored. */
export const themeFormSchema = z.object({
  eventId: z.string({ error: "eventRequired" }).trim().min(1, "eventRequired").max(40, "eventRequired"),
  name: singleLineText(120, { required: "nameRequired" }),
  nameCy: nullWhenEmpty(singleLineText(120)),
  slug: slugField,
  summary: multiLineText(600, { required: "summaryRequired" }),
  summaryCy: nullWhenEmpty(multiLineText(600)),
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
