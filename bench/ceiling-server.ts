// The ceiling for the serving benchmark: bare Deno.serve answering every request with a clone of
// one prebuilt Response that carries exactly the status, headers and body the project's server
// sends for one path. It reads nothing from the request, so the project's server can only match
// it, never beat it: the ratio between the two is what the handler costs.
//
// The handler takes the request argument, as any handler that routes must; Deno skips building a
// Request for a handler declared with no parameters, which no real server can do.
//
// With CEILING_READS set (a comma-separated list of request header names, possibly empty) it
// first reads the method, the URL and those headers, as a handler that routes and negotiates must,
// and still answers with the same clone: the gap between it and the project's server is then the
// handler's own work, and the gap between it and the plain ceiling what Deno charges for reading.
//
// Runs on as many threads as the project's server (SERVER_THREADS), sharing the port the same way.
//   CEILING_SPEC=<json> [CEILING_READS=<names>] PORT=<port> SERVER_THREADS=<n> \
//     deno run --unstable-net --allow-net --allow-read --allow-env bench/ceiling-server.ts

/** What bench/serving.ts captured from the project's server for one path. */
export interface CeilingSpec {
  status: number;
  headers: [string, string][];
  /** A file holding the body bytes exactly as sent (already gzip-encoded when it was). */
  bodyFile: string;
}

const workerName = "ceiling-thread";
const spec: CeilingSpec = JSON.parse(await Deno.readTextFile(Deno.env.get("CEILING_SPEC")!));
const body = await Deno.readFile(spec.bodyFile);
const response = new Response(body.byteLength > 0 ? body : null, {
  status: spec.status,
  headers: spec.headers,
});
const threads = Number(Deno.env.get("SERVER_THREADS") ?? navigator.hardwareConcurrency);
const isExtraThread = (globalThis as { name?: string }).name === workerName;
if (!isExtraThread) {
  for (let i = 1; i < threads; i++) {
    new Worker(import.meta.url, { type: "module", name: workerName });
  }
}

const reads = Deno.env.get("CEILING_READS")?.split(",").filter(Boolean);
const answer = (_request: Request) => response.clone();
const readFirst = (request: Request) => {
  let read = request.method.length + request.url.length;
  for (const name of reads!) read += request.headers.get(name)?.length ?? 0;
  return read < 0 ? Response.error() : response.clone();
};

Deno.serve({
  hostname: "127.0.0.1",
  port: Number(Deno.env.get("PORT")),
  reusePort: threads > 1,
  onListen: () => {},
}, reads === undefined ? answer : readFirst);
