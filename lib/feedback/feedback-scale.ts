// The feedback form's scale and length limit: shared by the schema
// (feedback-form.ts) and the form, a client component. No zod here (see
// lib/messages/message-limits.ts).

export const SCALE = [1, 2, 3, 4, 5] as const;
export const FEEDBACK_TEXT_MAX = 2_000;
