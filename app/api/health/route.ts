import { connection } from "next/server";
import { prisma } from "@/lib/db";
import { checkDatabase } from "@/lib/health/check-database";
import { healthReport } from "@/lib/health/health-report";

// For load balancers and the test harness: 200 when the database answers
// within 2 s, 503 otherwise; never cached by anyone on the way.
export async function GET() {
  // Checked on every request, never prerendered at build time.
  await connection();
  const { body, status } = healthReport(await checkDatabase(prisma), process.uptime());
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
