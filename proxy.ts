import { NextResponse, type NextRequest } from "next/server";
import { checkRequestAddress } from "./lib/http/request-address";
import { checkServerActionRequest } from "./lib/http/server-action-request";
import { contentSecurityPolicy, createNonce, isHttpsRequest } from "./lib/security/headers";

// A fresh nonce for every page request. Next.js reads it from the request's
// Content-Security-Policy header while rendering and puts it on its own
// scripts, so only they run. The other security headers (and a nonce-free
// policy for responses this proxy skips) come from next.config.ts headers().
// Authorisation never lives here: every page, action and route checks the caller.
//
// Server action posts are checked first: a malformed envelope (which Next.js
// itself would answer with a 500) gets a plain 400/403/413 here; see
// lib/http/server-action-request.ts.
const refusal = (status: number, reason: string) =>
  new NextResponse(reason, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function proxy(request: NextRequest) {
  // Every address, route handlers under /api included (lib/http/request-address.ts).
  const address = checkRequestAddress(request.nextUrl.pathname, request.nextUrl.search);
  if (!address.ok) return refusal(400, address.reason);
  // Route handlers keep next.config.ts's nonce-free policy: no HTML there.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const verdict = await checkServerActionRequest(request);
  if (!verdict.ok) return refusal(verdict.status, verdict.reason);
  const nonce = createNonce();
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: isHttpsRequest(request.nextUrl.protocol, request.headers.get("x-forwarded-proto")),
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Pages, route handlers and server actions, prefetches included (a
    // request can claim to be a prefetch, so the checks above must not depend
    // on that header): not built files, image optimisation or public/ files
    // (served as they are, with next.config.ts's nonce-free policy).
    "/((?!_next/static|_next/image|favicon\\.svg).*)",
  ],
};
