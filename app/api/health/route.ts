import { checkDatabase } from "@/lib/health/check-database";

// For load balancers and the test harness: 200 when the database answers.
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? "ok" : "unavailable", database: database.ok ? "ok" : "unreachable" },
    { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
