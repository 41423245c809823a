import { fileURLToPath } from "node:url";
import { type Deadlines, serve } from "./connections.ts";
import { createHandler } from "./handler.ts";
import { loadSite, type Site } from "./site.ts";

/** Seconds from an environment variable; 0 turns deadlines off. */
function seconds(name: string, fallback: number): number {
  const value = Number(Deno.env.get(name) ?? fallback);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`${name} must be a number of seconds, not "${Deno.env.get(name)}".`);
    Deno.exit(1);
  }
  return value;
}

/**
 * Where and what to serve, from the environment (PORT, HOST, DIST_DIR, HEADER_TIMEOUT,
 * IDLE_TIMEOUT). Deno Deploy accepts connections itself: deadlines are its business there.
 */
export function serverOptions() {
  // fileURLToPath, not URL.pathname: a checkout in "My Sites/" would become "My%20Sites/".
  const dir = Deno.env.get("DIST_DIR") ?? fileURLToPath(new URL("../dist", import.meta.url));
  const onDeploy = Deno.env.get("DENO_DEPLOYMENT_ID") !== undefined;
  const deadlines: Deadlines = {
    header: seconds("HEADER_TIMEOUT", 20),
    idle: seconds("IDLE_TIMEOUT", 75),
  };
  return {
    dir: dir.replace(/\/$/, ""),
    port: Number(Deno.env.get("PORT") ?? 8000),
    hostname: Deno.env.get("HOST") ?? "127.0.0.1",
    deadlines: onDeploy || deadlines.header === 0 || deadlines.idle === 0 ? null : deadlines,
  };
}

/** Loads the built site once for the whole process; every serving thread shares it. */
export function loadBuiltSite(dir: string): Site {
  const site = loadSite(dir);
  if (!site.paths.split("\0").includes("/index.html")) {
    console.error(`No built site in ${dir}: run \`deno task build\` first.`);
    Deno.exit(1);
  }
  return site;
}

/**
 * Serves a loaded site. Every thread calls this with the same port; with reusePort the kernel
 * spreads connections across them.
 */
export function listen(options: { site: Site; announce: boolean; reusePort: boolean }) {
  const { port, hostname, deadlines } = serverOptions();
  const files = options.site.paths.split("\0").length;
  serve({
    port,
    hostname,
    reusePort: options.reusePort,
    deadlines,
    onListen: ({ hostname, port }) => {
      if (options.announce) {
        console.log(`Borrower Help Center: ${files} files on http://${hostname}:${port}/`);
      }
    },
  }, createHandler(options.site));
}
