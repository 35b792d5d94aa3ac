import { answerSafely, preflightResponse } from "@/lib/api/v1/api-response";
import { listSpeakers } from "@/lib/api/v1/read-api";

export const GET = (request: Request) => answerSafely(() => listSpeakers(request));
export const OPTIONS = preflightResponse;
