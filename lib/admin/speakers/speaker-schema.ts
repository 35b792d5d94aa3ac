import { z } from "zod";
import { slugField } from "../slug";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .optional()
    .transform((value) => (value ? value : null));

/** The speaker form as submitted, checked and turned into what is stored. */
export const speakerFormSchema = z.object({
  name: z.string({ error: "nameRequired" }).trim().min(1, "nameRequired").max(120, "tooLong"),
  slug: slugField,
  role: optionalText(160),
  organisation: optionalText(160),
  bio: optionalText(5_000),
  bioCy: optionalText(5_000),
});

export type SpeakerFormInput = z.input<typeof speakerFormSchema>;

export const speakerRecordSelect = { id: true, slug: true, name: true, role: true, organisation: true, bio: true, bioCy: true } as const;
