import { createHandler } from "./handler.ts";
import { loadSite } from "./site.ts";

// Serves the built help center. Locally: `deno task serve`; on Deno Deploy this file is the entry point.
const dir = Deno.env.get("DIST_DIR") ??
  new URL("../dist", import.meta.url).pathname;
const port = Number(Deno.env.get("PORT") ?? 8000);
const hostname = Deno.env.get("HOST") ?? "127.0.0.1";

const site = await loadSite(dir.replace(/\/$/, ""));
if (!site.has("/index.html")) {
  console.error(`No built site in ${dir}: run \`deno task build\` first.`);
  Deno.exit(1);
}

Deno.serve({
  port,
  hostname,
  onListen: ({ hostname, port }) =>
    console.log(
      `Borrower Help Center: ${site.size} files on http://${hostname}:${port}/`,
    ),
  onError: (error) => {
    console.error(error);
    return new Response("Internal server error", { status: 500 });
  },
}, createHandler(site));
