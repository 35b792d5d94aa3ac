/** A download of the caller's own record: an attachment that no cache keeps (it holds their reflections). */
export function downloadResponse(body: string | Buffer, contentType: string, filename: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    status: 200,
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Not signed in: to the sign-in page, back to the record afterwards (downloads are links a person clicks). */
export function signInFirst(): Response {
  return new Response(null, { status: 303, headers: { location: `/sign-in?callbackUrl=${encodeURIComponent("/account/cpd")}` } });
}
