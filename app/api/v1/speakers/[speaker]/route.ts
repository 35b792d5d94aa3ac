import { answerSafely, preflightResponse } from "@/lib/api/v1/api-response";
import { getSpeaker } from "@/lib/api/v1/read-api";
import { prisma } from "@/lib/db";

export const GET = (request: Request, { params }: { params: Promise<{ speaker: string }> }) =>
  answerSafely(async () => getSpeaker(prisma, request, (await params).speaker));
export const OPTIONS = preflightResponse;
