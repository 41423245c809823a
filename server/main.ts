import { listen } from "./listen.ts";

// Serves the built help center: `deno task serve` locally, or this file as the entry point on a
// Deno host. One thread per CPU (SERVER_THREADS to change), each a Deno.serve on the same port:
// a single JavaScript thread leaves a second core idle while nginx uses both.
const onDeploy = Deno.env.get("DENO_DEPLOYMENT_ID") !== undefined;
const threads = onDeploy
  ? 1
  : Number(Deno.env.get("SERVER_THREADS") ?? navigator.hardwareConcurrency);

for (let i = 1; i < threads; i++) {
  new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
}
await listen({ announce: true, reusePort: threads > 1 });
