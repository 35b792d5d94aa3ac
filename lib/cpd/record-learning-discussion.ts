import { fieldErrorsOf } from "../forms/field-errors";
import type { Result } from "../forms/result";
import type { PrismaClient } from "../prisma-client";
import type { CpdCaller } from "./cpd-caller";
import { learningDiscussionSchema } from "./renewal-schemas";
import { todayInLondon } from "./save-other-cpd";

/**
 * Records that the caller discussed their learning with their manager or
 * supervisor on a day. One a day: recording the same day again (a second
 * click, or a corrected note) edits that day's note rather than adding a copy.
 */
export async function recordLearningDiscussion(
  db: PrismaClient,
  caller: CpdCaller,
  input: unknown,
  now: Date = new Date(),
): Promise<Result<object, "refused">> {
  const parsed = learningDiscussionSchema(todayInLondon(now)).safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const discussedOn = new Date(`${parsed.data.discussedOn}T00:00:00Z`);
  const note = parsed.data.discussionNote;
  // INSERT … ON CONFLICT DO UPDATE: two submissions at once still leave one row.
  await db.learningDiscussion.upsert({
    where: { userId_discussedOn: { userId: caller.id, discussedOn } },
    create: { userId: caller.id, discussedOn, note },
    update: { note },
  });
  return { ok: true };
}
