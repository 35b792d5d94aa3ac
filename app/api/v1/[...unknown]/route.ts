import { preflightResponse, problemResponse } from "@/lib/api/v1/api-response";

// Any other address under /api/v1 gets a problem in JSON, not the HTML 404 page.
export const GET = () => problemResponse(404, "Not Found", "There is no such address in this API; /api/v1/openapi.json lists them all.");
export const OPTIONS = preflightResponse;
