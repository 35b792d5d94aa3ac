import { z } from "zod";
import { jsonResponse, preflightResponse } from "@/lib/api/v1/api-response";
import { openApiDocument } from "@/lib/api/v1/openapi-document";
import { siteUrl } from "@/lib/env";

// The document is generated from the schemas the answers are built with; it
// is itself sent like every answer (ETag, 304, CORS).
export const GET = (request: Request) => jsonResponse(request, z.unknown(), openApiDocument(siteUrl()));
export const OPTIONS = preflightResponse;
