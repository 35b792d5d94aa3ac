// Who a message can go to and how long it may be: shared by the schema
// (message-form.ts) and the organisers' form, a client component. No zod
// here: in a browser bundle zod probes for eval, which the
// Content-Security-Policy reports as a violation.

export const MESSAGE_AUDIENCES = ["EVERYONE", "CONFIRMED", "WAITLISTED", "ATTENDED", "NOT_ATTENDED"] as const;
export type MessageAudienceKey = (typeof MESSAGE_AUDIENCES)[number];

export const SUBJECT_MAX = 150;
export const BODY_MAX = 5_000;
