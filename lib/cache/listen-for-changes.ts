import pg from "pg";
import { CHANGE_CHANNEL, changeKindOf, noteChange, setFeedLive } from "./change-feed";

// One connection per server process that LISTENs for the database's change
// notifications (sent by triggers on commit, so from every instance and every
// way of writing) and feeds them to lib/cache/change-feed.ts. While it is not
// connected the feed is not live, and the page cache serves nothing.

const CONNECT_TIMEOUT_MS = 3_000;
const HEARTBEAT_MS = 5_000;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

export type ChangeListener = { stop(): Promise<void> };

export function listenForChanges(databaseUrl: string, log: (message: string) => void = console.error): ChangeListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = RETRY_MIN_MS;
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let lostLogged = false;

  const lost = (current: pg.Client, error?: Error) => {
    if (client !== current) return;
    client = null;
    clearInterval(heartbeat);
    setFeedLive(false);
    current.end().catch(() => undefined);
    if (error && !lostLogged && !stopped) log(`Change notifications stopped (${error.message}); pages are rendered for every visitor until they resume.`);
    lostLogged = true;
    if (!stopped) {
      retry = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
    }
  };

  async function connect() {
    if (stopped) return;
    const current = new pg.Client({
      connectionString: databaseUrl,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
      query_timeout: CONNECT_TIMEOUT_MS,
    });
    client = current;
    current.on("error", (error) => lost(current, error));
    current.on("end", () => lost(current, new Error("connection ended")));
    current.on("notification", (message) => {
      if (message.channel === CHANGE_CHANNEL) for (const kind of changeKindOf(message.payload)) noteChange(kind);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      lost(current, error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (client !== current) return;
    retryMs = RETRY_MIN_MS;
    lostLogged = false;
    setFeedLive(true);
    // A silent network (no reset, no answer) would otherwise leave the feed
    // "live" with nothing arriving.
    heartbeat = setInterval(() => {
      current.query("SELECT 1").catch((error: Error) => lost(current, error));
    }, HEARTBEAT_MS);
    heartbeat.unref();
  }

  void connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const current = client;
      client = null;
      setFeedLive(false);
      await current?.end().catch(() => undefined);
    },
  };
}
