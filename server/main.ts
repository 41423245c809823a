import { listen, loadBuiltSite, serverOptions } from "./listen.ts";

// Serves the built help center: `deno task serve` locally, or this file as the entry point on a
// Deno host. One thread per CPU (SERVER_THREADS to change), each a server on the same port: a
// single JavaScript thread leaves a second core idle while nginx uses both. The site is loaded
// once, into shared memory, and handed to every thread.
const onDeploy = Deno.env.get("DENO_DEPLOYMENT_ID") !== undefined;
const threads = onDeploy
  ? 1
  : Number(Deno.env.get("SERVER_THREADS") ?? navigator.hardwareConcurrency);

const site = loadBuiltSite(serverOptions().dir);
for (let i = 1; i < threads; i++) {
  new Worker(new URL("./worker.ts", import.meta.url), { type: "module" }).postMessage(site);
}
listen({ site, announce: true, reusePort: threads > 1 });
