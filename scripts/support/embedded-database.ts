// PostgreSQL compiled to WebAssembly (PGlite), served on a local TCP port so
// that the app, the schema engine and the tests talk to it with the same
// `postgresql://` URL and pg driver they use for a real server
// (docs/decisions/0001-offline-migrations-and-embedded-database.md).
//
// PGlite is ONE PostgreSQL session. pglite-socket lets several client
// connections share it by queueing their protocol messages, but its queue
// (0.2.17) only keeps a connection's messages together inside an explicit
// transaction block: a query whose messages arrive in more than one TCP chunk
// (any query with a large parameter) can have another connection's
// Parse/Bind run between its own Parse and Bind, which fails ("bind message
// supplies 2 parameters, but prepared statement "" requires 1") or, worse,
// binds the wrong statement. So the server below keeps pglite-socket's
// connection handling (startup, SSL refusal, framing, connection limit) but
// replaces its queue with SessionQueue: one connection owns the session from
// its first message until the backend is idle again (ReadyForQuery 'I').
//
// PGlite has one database, "postgres": a connection that asks for another
// is refused as a server refuses a missing database (see SingleDatabaseQueue).
// User names and passwords are not checked.
import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabaseOptions = {
  /** Folder that keeps the data between runs; undefined = in memory, gone on stop(). */
  dataDir?: string;
  /** TCP port on 127.0.0.1; 0 or undefined = a free port chosen by the system. */
  port?: number;
};

export type EmbeddedDatabase = {
  /** postgresql://postgres@127.0.0.1:PORT/postgres (any user name and password are accepted; the database must be "postgres"). */
  url: string;
  port: number;
  /** Closes every connection, then the database; the data folder is left consistent. Safe to call twice. */
  stop(): Promise<void>;
};

const HOST = "127.0.0.1";
/** PGlite's one database. */
const DATABASE = "postgres";
/** pg's Pool (the app, default 10), the schema engine and a seed can all be connected at once. */
const MAX_CONNECTIONS = 50;

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => undefined;

  let db: PGlite | undefined;
  let server: PGLiteSocketServer;
  let queue: SingleDatabaseQueue;
  try {
    db = await PGlite.create({ dataDir });
    server = new PGLiteSocketServer({ db, host: HOST, port: options.port ?? 0, maxConnections: MAX_CONNECTIONS });
    queue = new SingleDatabaseQueue(new SessionQueue(db));
    installQueue(server, queue);
    await server.start();
  } catch (error) {
    await db?.close().catch(() => undefined);
    await unlock();
    throw error;
  }
  const port = Number(server.getServerConn().split(":").pop());

  let stopping: Promise<void> | undefined;
  return {
    url: `postgresql://postgres@${HOST}:${port}/${DATABASE}`,
    port,
    stop() {
      stopping ??= (async () => {
        // Disconnects every client (rolling back a transaction left open),
        // then waits for the last message to finish before closing PGlite,
        // which checkpoints and shuts PostgreSQL down.
        try {
          await server.stop();
          await queue.idle();
          await db.close();
        } finally {
          await unlock();
        }
      })();
      return stopping;
    },
  };
}

/** Data folders opened by this process. */
const lockedHere = new Set<string>();

/**
 * PGlite does not lock its data folder, and two processes writing one folder
 * corrupt it: `<dataDir>.lock` holds the pid of the process using it.
 * A lock left by a process that no longer runs is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  if (lockedHere.has(dataDir)) throw new EmbeddedDatabaseInUseError(dataDir, process.pid);
  await mkdir(dataDir, { recursive: true });
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      lockedHere.add(dataDir);
      return async () => {
        lockedHere.delete(dataDir);
        await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
    }
    const pid = Number.parseInt(await readFile(lockPath, "utf8").catch(() => ""), 10);
    // Our own pid here is a leftover from an earlier run (containers reuse pids).
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
      throw new EmbeddedDatabaseInUseError(dataDir, pid);
    }
    await rm(lockPath, { force: true });
  }
}

export class EmbeddedDatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The embedded database in ${dataDir} is already in use by process ${pid}.`);
    this.name = "EmbeddedDatabaseInUseError";
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** What pglite-socket's connection handlers call on their queue (0.2.17). */
interface HandlerQueue {
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
  getQueueLength(): number;
  clearQueueForHandler(handlerId: number): void;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

function installQueue(server: PGLiteSocketServer, queue: HandlerQueue) {
  const internals = server as unknown as { queryQueue?: Partial<HandlerQueue> };
  const current = internals.queryQueue;
  const expected = ["enqueue", "getQueueLength", "clearQueueForHandler", "clearTransactionIfNeeded"] as const;
  if (!current || !expected.every((name) => typeof current[name] === "function")) {
    throw new Error(
      "@electric-sql/pglite-socket changed its internals (PGLiteSocketServer.queryQueue); " +
        "scripts/support/embedded-database.ts must be updated for this version.",
    );
  }
  internals.queryQueue = queue;
}

/**
 * Passes every message to the session queue, except a startup message that
 * asks for a database other than "postgres": PGlite has one database, so such
 * a connection gets the error a server gives for a missing database instead
 * of silently sharing "postgres". (The schema engine's shadow database, made
 * by CREATE DATABASE for `diffMigrationsToSchema`, would otherwise replay the
 * migrations onto the real data.)
 */
class SingleDatabaseQueue implements HandlerQueue {
  private readonly started = new Set<number>();

  constructor(private readonly session: SessionQueue) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (!this.started.has(handlerId)) {
      this.started.add(handlerId);
      const database = startupDatabase(message);
      if (database !== undefined && database !== DATABASE) {
        const error = errorResponse(
          "3D000",
          `database "${database}" does not exist`,
          `The embedded PostgreSQL (PGlite) has one database, "${DATABASE}"; ` +
            "use a PostgreSQL server (DATABASE_URL) for anything that needs a second one, such as a shadow database.",
        );
        onData(error);
        return Promise.resolve(error.length);
      }
    }
    return this.session.enqueue(handlerId, message, onData);
  }

  getQueueLength(): number {
    return this.session.getQueueLength();
  }

  clearQueueForHandler(handlerId: number): void {
    this.session.clearQueueForHandler(handlerId);
  }

  clearTransactionIfNeeded(handlerId: number): Promise<void> {
    this.started.delete(handlerId);
    return this.session.clearTransactionIfNeeded(handlerId);
  }

  idle(): Promise<void> {
    return this.session.idle();
  }
}

/** The database a StartupMessage asks for (PostgreSQL's default: the user name), or undefined if not one. */
function startupDatabase(message: Uint8Array): string | undefined {
  const buffer = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
  if (buffer.length < 8 || buffer.readInt32BE(4) !== 196608) return undefined;
  const fields = buffer.subarray(8).toString("utf8").split("\0");
  const params = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length && fields[i]; i += 2) params.set(fields[i]!, fields[i + 1]!);
  return params.get("database") || params.get("user");
}

/** A FATAL ErrorResponse message. */
function errorResponse(code: string, message: string, hint: string): Uint8Array {
  const fields = [`SFATAL`, `VFATAL`, `C${code}`, `M${message}`, `H${hint}`].map((field) => `${field}\0`).join("");
  const body = Buffer.from(`${fields}\0`, "utf8");
  const out = Buffer.alloc(5 + body.length);
  out.write("E", 0, "latin1");
  out.writeInt32BE(4 + body.length, 1);
  body.copy(out, 5);
  return new Uint8Array(out);
}

type Job = {
  handlerId: number;
  /** A client's message, or null: the client has gone, give its session back. */
  message: Uint8Array | null;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

const SYNC_MESSAGE = new Uint8Array([0x53, 0, 0, 0, 4]); // 'S', length 4
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'
const NOTIFICATION_RESPONSE = 0x41; // 'A'

/**
 * Runs protocol messages one at a time through PGlite. The connection whose
 * message runs takes the session and keeps it until PostgreSQL reports it idle
 * (ReadyForQuery with status 'I'): through a whole Parse/Bind/Execute/Sync
 * batch and through a transaction block. Other connections wait their turn.
 */
class SessionQueue implements HandlerQueue {
  private jobs: Job[] = [];
  /** Where each connection's answers go, for notifications (below). */
  private readonly outputs = new Map<number, (data: Uint8Array) => void>();
  private owner: number | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    this.outputs.set(handlerId, onData);
    return new Promise<number>((resolve, reject) => {
      this.jobs.push({ handlerId, message, onData, resolve, reject });
      this.kick();
    });
  }

  getQueueLength(): number {
    return this.jobs.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.outputs.delete(handlerId);
    this.jobs = this.jobs.filter((job) => {
      if (job.handlerId !== handlerId) return true;
      job.reject(new Error("Connection closed"));
      return false;
    });
  }

  /** Called when a connection goes away: if it holds the session, end its batch and transaction. */
  clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.jobs.unshift({ handlerId, message: null, onData: () => undefined, resolve: () => resolve(), reject: () => resolve() });
      this.kick();
    });
  }

  /** Resolves once no message is running. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private kick() {
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      // A message that arrived while drain() was returning.
      if (this.nextJobIndex() >= 0) this.kick();
    });
  }

  private nextJobIndex(): number {
    if (this.owner === null) return this.jobs.length > 0 ? 0 : -1;
    return this.jobs.findIndex((job) => job.handlerId === this.owner);
  }

  private async drain() {
    for (;;) {
      const index = this.nextJobIndex();
      // Nothing queued, or the owner's next message has not arrived yet.
      if (index < 0) return;
      const [job] = this.jobs.splice(index, 1) as [Job];
      if (job.message === null) {
        await this.release(job.handlerId);
        job.resolve(0);
        continue;
      }
      this.owner = job.handlerId;
      let bytes = 0;
      try {
        const status = await this.run(
          job.message,
          (data) => {
            bytes += data.length;
            job.onData(data);
          },
          job.handlerId,
        );
        if (status === IDLE) this.owner = null;
        job.resolve(bytes);
      } catch (error) {
        job.reject(error);
      }
    }
  }

  private async release(handlerId: number) {
    if (this.owner !== handlerId) return;
    try {
      // Sync ends an unfinished extended-protocol batch; ROLLBACK an open transaction.
      const status = await this.run(SYNC_MESSAGE, () => undefined);
      if (status !== null && status !== IDLE) await this.run(simpleQuery("ROLLBACK"), () => undefined);
    } catch {
      // Nothing more to do: the next connection finds the session as PostgreSQL left it.
    }
    this.owner = null;
  }

  /**
   * Runs one frontend message; returns the status of the last ReadyForQuery sent back, or null if none.
   *
   * A NOTIFY committed by this message comes back (as NotificationResponse)
   * in this connection's answer only, because PGlite is one session. A server
   * would send it to every connection that LISTENs, which is how each process
   * of the site hears of changes (lib/cache/listen-for-changes.ts), so a copy
   * goes to every other connection, between their answers; a connection that
   * did not LISTEN ignores it, as the protocol allows at any time.
   */
  private async run(message: Uint8Array, onData: (data: Uint8Array) => void, handlerId?: number): Promise<number | null> {
    const tracker = new ReadyForQueryTracker();
    await this.db.runExclusive(() =>
      this.db.execProtocolRawStream(message, {
        onRawData: (data: Uint8Array) => {
          tracker.feed(data);
          onData(data);
        },
      }),
    );
    for (const notification of tracker.notifications) {
      for (const [other, output] of this.outputs) if (other !== handlerId) output(notification);
    }
    return tracker.status;
  }
}

/**
 * Follows backend messages across chunks: remembers the status byte of the
 * last ReadyForQuery, and keeps whole NotificationResponse messages.
 */
class ReadyForQueryTracker {
  status: number | null = null;
  readonly notifications: Uint8Array[] = [];
  private header: number[] = [];
  private remaining = 0;
  private readingStatus = false;
  private notification: { bytes: Uint8Array; filled: number } | null = null;

  feed(data: Uint8Array) {
    let i = 0;
    while (i < data.length) {
      if (this.remaining > 0) {
        if (this.readingStatus) {
          this.status = data[i]!;
          this.readingStatus = false;
        }
        const skip = Math.min(this.remaining, data.length - i);
        if (this.notification) {
          this.notification.bytes.set(data.subarray(i, i + skip), this.notification.filled);
          this.notification.filled += skip;
        }
        this.remaining -= skip;
        i += skip;
        if (this.remaining === 0 && this.notification) {
          this.notifications.push(this.notification.bytes);
          this.notification = null;
        }
        continue;
      }
      this.header.push(data[i]!);
      i += 1;
      if (this.header.length === 5) {
        const [type, a, b, c, d] = this.header as [number, number, number, number, number];
        this.remaining = ((a << 24) | (b << 16) | (c << 8) | d) - 4;
        this.readingStatus = type === READY_FOR_QUERY && this.remaining > 0;
        if (type === NOTIFICATION_RESPONSE && this.remaining > 0) {
          const bytes = new Uint8Array(5 + this.remaining);
          bytes.set(this.header, 0);
          this.notification = { bytes, filled: 5 };
        }
        this.header = [];
      }
    }
  }
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + text.length);
  message.write("Q", 0, "latin1");
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}
