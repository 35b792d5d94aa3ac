// A TCP proxy in front of PostgreSQL that a drill can cut, make unresponsive,
// slow down and restore, to play the database going away under a running site.
import net from "node:net";

export type ProxyMode = "open" | "refused" | "unresponsive";

export type TcpProxy = {
  port: number;
  mode(): ProxyMode;
  /** The database "goes away": new connections are refused and open ones are cut. */
  cut(): Promise<void>;
  /** The database "hangs": connections are accepted but nothing is ever answered; open ones are cut. */
  blackHole(): Promise<void>;
  /** The database is back: connections go through again. */
  restore(): Promise<void>;
  /** Adds this many milliseconds before each chunk goes either way (a slow network or a busy database). */
  setLatency(ms: number): void;
  close(): Promise<void>;
};

export async function startTcpProxy(options: { port: number; target: { host: string; port: number } }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  /** Connections accepted while unresponsive: never answered, dropped on restore. */
  const held = new Set<net.Socket>();
  let mode: ProxyMode = "open";
  let latencyMs = 0;
  let server: net.Server | undefined;

  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  // Chunks keep their order: each waits for the one before it.
  const relay = (from: net.Socket, to: net.Socket) => {
    let queue = Promise.resolve();
    from.on("data", (chunk) => {
      if (latencyMs === 0) {
        to.write(chunk);
        return;
      }
      const delay = latencyMs;
      queue = queue
        .then(() => new Promise((resolve) => setTimeout(resolve, delay)))
        .then(() => {
          if (!to.destroyed) to.write(chunk);
        });
    });
    from.once("close", () => void queue.then(() => to.destroy()));
  };

  const onConnection = (client: net.Socket) => {
    track(client);
    if (mode === "unresponsive") {
      held.add(client);
      client.once("close", () => held.delete(client));
      return;
    }
    const upstream = net.connect(options.target.port, options.target.host);
    track(upstream);
    relay(client, upstream);
    relay(upstream, client);
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = net.createServer(onConnection);
      next.once("error", reject);
      next.listen(options.port, "127.0.0.1", () => {
        next.off("error", reject);
        server = next;
        resolve();
      });
    });

  const stopListening = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = undefined;
      if (!current) return resolve();
      current.close(() => resolve());
    });

  const destroyAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  await listen();
  return {
    port: options.port,
    mode: () => mode,
    async cut() {
      mode = "refused";
      const closed = stopListening();
      destroyAll();
      await closed;
    },
    async blackHole() {
      mode = "unresponsive";
      destroyAll();
      if (!server) await listen();
    },
    async restore() {
      mode = "open";
      for (const socket of held) socket.destroy();
      held.clear();
      if (!server) await listen();
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    async close() {
      mode = "refused";
      const closed = stopListening();
      destroyAll();
      await closed;
    },
  };
}
