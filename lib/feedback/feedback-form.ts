import { z } from "zod";
import { recordIdSchema } from "../admin/registrations/registration-schemas";
import { multiLineText, nullWhenEmpty } from "../forms/text-fields";

// The feedback form. Messages are keys of feedback.errors.

export const SCALE = [1, 2, 3, 4, 5] as const;
export const FEEDBACK_TEXT_MAX = 2_000;

const scale = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .refine((value) => /^[1-5]$/.test(value), required)
    .transform(Number);

export const feedbackFormSchema = z.object({
  registrationId: recordIdSchema,
  relevance: scale("relevanceRequired"),
  quality: scale("qualityRequired"),
  mostUseful: nullWhenEmpty(multiLineText(FEEDBACK_TEXT_MAX, { tooLong: "tooLong" })),
  couldBeBetter: nullWhenEmpty(multiLineText(FEEDBACK_TEXT_MAX, { tooLong: "tooLong" })),
  showName: z
    .enum(["on", ""])
    .default("")
    .transform((value) => value === "on"),
});

export type FeedbackForm = z.infer<typeof feedbackFormSchema>;
