import { answerSafely, preflightResponse } from "@/lib/api/v1/api-response";
import { listWeekSessions } from "@/lib/api/v1/read-api";
import { prisma } from "@/lib/db";

export const GET = (request: Request, { params }: { params: Promise<{ week: string }> }) =>
  answerSafely(async () => listWeekSessions(prisma, request, (await params).week));
export const OPTIONS = preflightResponse;
