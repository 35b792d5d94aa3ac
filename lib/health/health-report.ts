import type { DatabaseCheck } from "./check-database";

export type HealthReport = {
  /** "ok" when the site can serve pages; "unavailable" when it cannot (the database is down). */
  status: "ok" | "unavailable";
  database: "ok" | "unreachable" | "timeout";
  /** Whole seconds since this server process started. */
  uptime: number;
};

/** What /api/health answers: the report and its HTTP status (503 tells a load balancer to send traffic elsewhere). */
export function healthReport(database: DatabaseCheck, uptimeSeconds: number): { body: HealthReport; status: 200 | 503 } {
  const body: HealthReport = {
    status: database.ok ? "ok" : "unavailable",
    database: database.ok ? "ok" : database.reason,
    uptime: Math.floor(uptimeSeconds),
  };
  return { body, status: database.ok ? 200 : 503 };
}
