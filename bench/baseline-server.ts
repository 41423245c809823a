// A floor for the serving benchmark: bare Deno.serve answering from memory with the same gzip
// bytes as the project's server but only three headers. Comparing it with server/ separates what
// the Deno runtime costs from what the project's handler adds.
//
//   deno run --allow-net --allow-read --allow-env baseline-server.ts   (PORT, DIST_DIR, PATHS)
const dist = Deno.env.get("DIST_DIR")!;
const bodies = new Map<string, Uint8Array<ArrayBuffer>>();
for (const path of Deno.env.get("PATHS")!.split(",")) {
  const file = path.endsWith("/") ? `${path}index.html` : path;
  bodies.set(path, await Deno.readFile(`${dist}${file}.gz`));
}
const type = (path: string) =>
  path.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";

Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.env.get("PORT")) }, (request) => {
  const path = new URL(request.url).pathname;
  const body = bodies.get(path === "/" ? [...bodies.keys()][0] : path);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(body, {
    headers: { "content-type": type(path), "content-encoding": "gzip" },
  });
});
