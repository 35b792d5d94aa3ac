import { answerSafely, preflightResponse } from "@/lib/api/v1/api-response";
import { getSession } from "@/lib/api/v1/read-api";
import { prisma } from "@/lib/db";

export const GET = (request: Request, { params }: { params: Promise<{ session: string }> }) =>
  answerSafely(async () => getSession(prisma, request, (await params).session));
export const OPTIONS = preflightResponse;
