import { logError, serverError } from "./handler.ts";

/**
 * Serving with deadlines: a connection must complete a request head within `header` seconds of
 * opening, and an idle keep-alive is closed `idle` seconds after its last request. Without them,
 * clients that trickle a request head (or open connections and say nothing) hold sockets forever.
 *
 * Deno.serve has no such option in Deno 2.9 (its Rust HTTP/1.1 loop never times out a read, and
 * Deno.serveHttp, which served one accepted connection, was removed in Deno 2). So each thread
 * accepts connections itself (Deno.listen) and hands each one to Deno's own HTTP server for one
 * connection, `serveHttpOnConnection`, which Deno exposes only as an internal (the one Deno's
 * node:http builds on). Requests are then parsed and answered exactly as under Deno.serve; what it
 * adds is the accept loop in JavaScript, one timer per thread and one store per request. Closing
 * is graceful: a response being sent is finished first. Should a Deno release drop the internal,
 * the server says so once and serves with Deno.serve, without deadlines.
 */
export interface Deadlines {
  /** Seconds from opening a connection to the end of its first request head. */
  header: number;
  /** Seconds a kept-alive connection may wait for its next request head. */
  idle: number;
}

export interface ServeOptions {
  hostname: string;
  port: number;
  reusePort: boolean;
  /** null: no deadlines, plain Deno.serve (also where Deno.serve is all there is: Deno Deploy). */
  deadlines: Deadlines | null;
  onListen: (addr: Deno.NetAddr) => void;
}

type Handler = (request: Request) => Response;

interface OneConnection {
  finished: Promise<void>;
  shutdown(): Promise<void>;
}

type ServeOnConnection = (
  conn: Deno.Conn,
  signal: AbortSignal | undefined,
  handler: Handler,
  onError: (error: unknown) => Response,
  onListen: () => void,
) => OneConnection;

/** Deno's internal serveHttpOnConnection, if this Deno has it. */
function internalServeOnConnection(): ServeOnConnection | undefined {
  const deno = Deno as unknown as Record<symbol, Record<string, unknown> | undefined> & {
    internal?: symbol;
  };
  const internals = deno.internal === undefined ? undefined : deno[deno.internal];
  const serve = internals?.serveHttpOnConnection;
  return typeof serve === "function" ? serve as ServeOnConnection : undefined;
}

/** Deno.serve's onError and ours: one line, the 500 answer with our headers. */
const onError = (error: unknown) => {
  logError(error);
  return serverError();
};
const quiet = () => {};

/** Serves `handler` on one port; returns when listening. */
export function serve(options: ServeOptions, handler: Handler): void {
  const serveOne = options.deadlines ? internalServeOnConnection() : undefined;
  if (!options.deadlines || !serveOne) {
    if (options.deadlines) {
      console.error(
        "This Deno has no serveHttpOnConnection: serving without connection deadlines.",
      );
    }
    const { hostname, port, reusePort } = options;
    Deno.serve({ hostname, port, reusePort, onListen: options.onListen, onError }, handler);
    return;
  }
  const listener = Deno.listen({
    hostname: options.hostname,
    port: options.port,
    reusePort: options.reusePort,
  } as Deno.TcpListenOptions);
  options.onListen(listener.addr);
  acceptWithDeadlines(listener, options.deadlines, serveOne, handler);
}

/** A connection being served: closed at the first sweep whose tick reaches its deadline. */
interface Tracked {
  deadline: number;
  server: OneConnection | undefined;
}

function acceptWithDeadlines(
  listener: Deno.Listener,
  deadlines: Deadlines,
  serveOne: ServeOnConnection,
  handler: Handler,
): void {
  // Whole seconds since start; a deadline of tick + n + 1 falls between n and n + 1 seconds
  // after the tick in which the connection opened or last asked.
  let tick = 0;
  const open = new Set<Tracked>();
  setInterval(() => {
    tick++;
    for (const tracked of open) {
      if (tick >= tracked.deadline) {
        open.delete(tracked);
        tracked.server?.shutdown().catch(quiet);
      }
    }
  }, 1000);
  const idle = deadlines.idle + 1;

  (async () => {
    for (;;) {
      let conn: Deno.Conn;
      try {
        conn = await listener.accept();
      } catch (error) {
        if (error instanceof Deno.errors.BadResource) return; // the listener was closed
        // Out of file descriptors, say: keep accepting once some close.
        logError(error);
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      const tracked: Tracked = { deadline: tick + deadlines.header + 1, server: undefined };
      const respond = (request: Request) => {
        tracked.deadline = tick + idle;
        return handler(request);
      };
      try {
        tracked.server = serveOne(conn, undefined, respond, onError, quiet);
      } catch (error) {
        logError(error);
        try {
          conn.close();
        } catch { /* Deno took it before failing */ }
        continue;
      }
      open.add(tracked);
      // A connection the client reset ends with an error: normal, and nothing to log.
      const forget = () => open.delete(tracked);
      tracked.server.finished.then(forget, forget);
    }
  })();
}
