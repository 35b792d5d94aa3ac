import { answerSafely, preflightResponse } from "@/lib/api/v1/api-response";
import { listWeeks } from "@/lib/api/v1/read-api";

export const GET = (request: Request) => answerSafely(() => listWeeks(request));
export const OPTIONS = preflightResponse;
