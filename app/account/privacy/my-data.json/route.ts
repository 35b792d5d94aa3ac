import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { exportMyData } from "@/lib/privacy/export-my-data";

export const dynamic = "force-dynamic";

const privateHeaders = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

/** Everything held about the signed-in person, as a JSON attachment (see lib/privacy/export-my-data.ts for what is in it). */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) {
    return Response.json({ error: "Sign in to download your data." }, { status: 401, headers: privateHeaders });
  }
  const now = new Date();
  const data = await exportMyData(prisma, user.id, now);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    status: 200,
    headers: {
      ...privateHeaders,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="cpd-week-my-data-${now.toISOString().slice(0, 10)}.json"`,
    },
  });
}
