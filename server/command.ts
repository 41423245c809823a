import { fileURLToPath as fromFileUrl } from "node:url";

/**
 * The `deno` arguments that run the server on a given build with least permissions: the same
 * flags as the `serve` task in deno.json, for tools (audit, bench) that start a server themselves.
 */
export function serverArgs(distDir: string): string[] {
  const serverDir = fromFileUrl(new URL(".", import.meta.url));
  return [
    "run",
    "--unstable-net", // Deno.serve's reusePort, which lets one thread per CPU share the port
    "--allow-net",
    `--allow-read=${distDir},${serverDir}`,
    "--allow-env=PORT,HOST,DIST_DIR,SERVER_THREADS,HEADER_TIMEOUT,IDLE_TIMEOUT,DENO_DEPLOYMENT_ID",
    fromFileUrl(new URL("main.ts", import.meta.url)),
  ];
}
