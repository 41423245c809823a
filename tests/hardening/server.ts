import { fileURLToPath } from "node:url";
import { serverArgs } from "../../server/command.ts";
import { servedPaths } from "../../server/served.ts";

// The real server (server/main.ts, two threads sharing the port) on the real build in dist/.

// fileURLToPath, not URL.pathname: a checkout in "My Sites/" would become "My%20Sites/".
export const dist = fileURLToPath(new URL("../../dist", import.meta.url)).replace(/\/$/, "");

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

/**
 * Starts the server on `site` (dist/ unless told) with `env` added to its environment, waits
 * until it answers, and stops it after `body` (given its port and process id), whatever happens.
 */
export async function withRealServer(
  body: (port: number, pid: number) => Promise<void>,
  env: Record<string, string> = {},
  site = dist,
): Promise<void> {
  try {
    await Deno.stat(`${site}/index.html`);
  } catch {
    throw new Error(`No build in ${site}: run \`deno task build\` first.`);
  }
  const port = freePort();
  const child = new Deno.Command(Deno.execPath(), {
    args: serverArgs(site),
    env: { PORT: String(port), HOST: "127.0.0.1", DIST_DIR: site, SERVER_THREADS: "2", ...env },
    stdout: "null",
    stderr: "inherit",
  }).spawn();
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const up = await fetch(`http://127.0.0.1:${port}/`).then(async (r) => {
        await r.body?.cancel();
        return r.ok;
      }, () => false);
      if (up) break;
      if (Date.now() > deadline) throw new Error("the server did not start within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await body(port, child.pid);
  } finally {
    child.kill();
    await child.status;
  }
}

/** Every file the server serves from dist/ as a URL path (server/served.ts). */
export function distPaths(): string[] {
  const walk = (dir: string, prefix: string): string[] =>
    [...Deno.readDirSync(dir)].flatMap((entry) => {
      const path = `${prefix}/${entry.name}`;
      return entry.isDirectory ? walk(`${dir}/${entry.name}`, path) : [path];
    });
  return servedPaths(walk(dist, ""));
}
