import { answerSafely, preflightResponse } from "@/lib/api/v1/api-response";
import { getWeek } from "@/lib/api/v1/read-api";

export const GET = (request: Request, { params }: { params: Promise<{ week: string }> }) => answerSafely(async () => getWeek(request, (await params).week));
export const OPTIONS = preflightResponse;
