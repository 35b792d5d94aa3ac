import "server-only";
import { z } from "zod";
import type { CurrentUser } from "../../auth/current-user";
import type { Result } from "../../forms/result";
import { JOB_QUEUE_SCHEMA } from "../../jobs/job-queue";
import { SEND_REGISTRATION_EMAIL_TASK } from "../../jobs/registration-email-jobs";
import type { PrismaClient } from "../../prisma-client";
import { recordAuditEntry } from "../audit-log";
import { assertOrganiser } from "../authorise";
import { emailText } from "./email-text";

export const retryFailedEmailSchema = z.object({ emailId: z.uuid() });

/** Keys of "admin.emails.errors": why "Try again" was refused (nothing was written). */
export type RetryEmailRefusal = "invalid" | "emailNotFound" | "notFailed" | "jobGone";

export type RetryFailedEmailResult = Result<{ emailId: string; name: string }, RetryEmailRefusal>;

const refuse = (refusal: RetryEmailRefusal) => ({ ok: false as const, refusal });

/**
 * An organiser tries a failed email again (say, once the mail server is
 * fixed): its job, kept in the queue after its last attempt, is due again now
 * with a fresh set of attempts, and the email shows as retrying until the
 * worker records what happened. Only a failed email: one still retrying is
 * already in hand, and a sent one must not go twice.
 */
export async function retryFailedEmail(db: PrismaClient, actor: CurrentUser, input: unknown): Promise<RetryFailedEmailResult> {
  assertOrganiser(actor);
  const parsed = retryFailedEmailSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid");
  const { emailId } = parsed.data;

  return db.$transaction(async (tx): Promise<RetryFailedEmailResult> => {
    // The row lock makes two organisers' clicks (or a click and the worker's
    // own record of an attempt) take turns: the second sees the first's result.
    await tx.$queryRaw`SELECT id FROM "EmailDelivery" WHERE id = ${emailId} FOR UPDATE`;
    const delivery = await tx.emailDelivery.findUnique({
      where: { id: emailId },
      select: {
        id: true,
        kind: true,
        status: true,
        attempts: true,
        lastError: true,
        updatedAt: true,
        registration: { select: { user: { select: { name: true, email: true } }, session: { select: { title: true } } } },
      },
    });
    if (!delivery) return refuse("emailNotFound");
    if (delivery.status !== "FAILED") return refuse("notFailed");

    // Graphile Worker keeps a job after its last attempt; reschedule_jobs
    // leaves alone a job a worker holds, so "none rescheduled" means gone.
    const rescheduled = await tx.$queryRawUnsafe<Array<{ id: bigint }>>(
      `SELECT id FROM ${JOB_QUEUE_SCHEMA}.reschedule_jobs(
         ARRAY(SELECT id FROM ${JOB_QUEUE_SCHEMA}.jobs WHERE key = $1 AND task_identifier = $2),
         run_at => now(), attempts => 0)`,
      emailId,
      SEND_REGISTRATION_EMAIL_TASK,
    );
    if (rescheduled.length === 0) return refuse("jobGone");

    // updatedAt stays when the worker last tried: the page shows it as such.
    await tx.emailDelivery.update({ where: { id: delivery.id }, data: { status: "RETRYING", updatedAt: delivery.updatedAt } });
    const { user, session } = delivery.registration;
    const t = emailText();
    await recordAuditEntry(tx, actor, {
      action: "email.retry",
      entityType: "email",
      entityId: delivery.id,
      summary: t("audit.retried", { kind: t(`kinds.${delivery.kind}`), name: user.name, email: user.email, title: session.title }),
      before: { status: delivery.status, attempts: delivery.attempts, lastError: delivery.lastError },
      after: { status: "RETRYING", attempts: delivery.attempts, lastError: delivery.lastError },
    });
    return { ok: true, emailId: delivery.id, name: user.name };
  });
}
