import { NextResponse, type NextRequest } from "next/server";
import { addressHasNul, checkServerActionRequest } from "./lib/http/server-action-request";
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
export async function proxy(request: NextRequest) {
  if (addressHasNul(request.nextUrl.pathname + request.nextUrl.search)) {
    return new NextResponse("That address contains a character no page uses (U+0000).", { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const verdict = await checkServerActionRequest(request);
  if (!verdict.ok) {
    return new NextResponse(verdict.reason, { status: verdict.status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
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
    // Pages and server actions, prefetches included (a request can claim to
    // be a prefetch, so the checks above must not depend on that header):
    // not route handlers under /api, built files, image optimisation or
    // public/ files (no HTML there: they keep next.config.ts's nonce-free policy).
    "/((?!api/|_next/static|_next/image|favicon\\.svg).*)",
  ],
};
