import { fileURLToPath } from "node:url";
import { createHandler, serverError } from "./handler.ts";
import { loadSite } from "./site.ts";

/** Where and what to serve, from the environment (PORT, HOST, DIST_DIR). */
export function serverOptions() {
  // fileURLToPath, not URL.pathname: a checkout in "My Sites/" would become "My%20Sites/".
  const dir = Deno.env.get("DIST_DIR") ?? fileURLToPath(new URL("../dist", import.meta.url));
  return {
    dir: dir.replace(/\/$/, ""),
    port: Number(Deno.env.get("PORT") ?? 8000),
    hostname: Deno.env.get("HOST") ?? "127.0.0.1",
  };
}

/** Loads dist/ into one handler; the loaded files can be collected once it has built its answers. */
async function load(dir: string) {
  const site = await loadSite(dir);
  if (!site.has("/index.html")) {
    console.error(`No built site in ${dir}: run \`deno task build\` first.`);
    Deno.exit(1);
  }
  return { files: site.size, handler: createHandler(site) };
}

/**
 * Loads the built site and serves it. Every thread calls this with the same port; with
 * reusePort the kernel spreads connections across them.
 */
export async function listen(options: { announce: boolean; reusePort: boolean }) {
  const { dir, port, hostname } = serverOptions();
  const { files, handler } = await load(dir);
  return Deno.serve({
    port,
    hostname,
    reusePort: options.reusePort,
    onListen: ({ hostname, port }) => {
      if (options.announce) {
        console.log(`Borrower Help Center: ${files} files on http://${hostname}:${port}/`);
      }
    },
    onError: (error) => {
      console.error(error);
      return serverError();
    },
  }, handler);
}
