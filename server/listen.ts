import { createHandler } from "./handler.ts";
import { loadSite } from "./site.ts";

/** Where and what to serve, from the environment (PORT, HOST, DIST_DIR). */
export function serverOptions() {
  return {
    dir: (Deno.env.get("DIST_DIR") ?? new URL("../dist", import.meta.url).pathname).replace(
      /\/$/,
      "",
    ),
    port: Number(Deno.env.get("PORT") ?? 8000),
    hostname: Deno.env.get("HOST") ?? "127.0.0.1",
  };
}

/**
 * Loads the built site and serves it. Every thread calls this with the same port; with
 * reusePort the kernel spreads connections across them.
 */
export async function listen(options: { announce: boolean; reusePort: boolean }) {
  const { dir, port, hostname } = serverOptions();
  const site = await loadSite(dir);
  if (!site.has("/index.html")) {
    console.error(`No built site in ${dir}: run \`deno task build\` first.`);
    Deno.exit(1);
  }
  return Deno.serve({
    port,
    hostname,
    reusePort: options.reusePort,
    onListen: ({ hostname, port }) => {
      if (options.announce) {
        console.log(`Borrower Help Center: ${site.size} files on http://${hostname}:${port}/`);
      }
    },
    onError: (error) => {
      console.error(error);
      return new Response("Internal server error", { status: 500 });
    },
  }, createHandler(site));
}
