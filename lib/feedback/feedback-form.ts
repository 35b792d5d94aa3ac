import { z } from "zod";
import { recordIdSchema } from "../admin/registrations/registration-schemas";
import { multiLineText, nullWhenEmpty } from "../forms/text-fields";
import { FEEDBACK_TEXT_MAX } from "./feedback-scale";

// The feedback form. Messages are keys of feedback.errors.

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
