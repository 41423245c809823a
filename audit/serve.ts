/** Serves a local build with the project's own Deno server on a free loopback port. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { serverArgs } from "../server/command.ts";

export interface LocalServer {
  base: string;
  stop(): Promise<void>;
}

/** Thrown when the build to audit is not there; main.ts prints it without a stack. */
export class MissingBuildError extends Error {}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

async function waitUntilUp(base: string, child: Deno.ChildProcess, timeoutMs: number) {
  const exited = child.status.then((status) => status);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const done = await Promise.race([exited, new Promise((r) => setTimeout(r, 100))]);
    if (done) throw new Error(`The server exited with code ${(done as Deno.CommandStatus).code}`);
    try {
      const response = await fetch(base, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`The server did not answer on ${base} within ${timeoutMs / 1000} s`);
}

/** Starts server/main.ts on `distDir` and resolves once it answers. */
export async function serveBuild(distDir: string): Promise<LocalServer> {
  const dir = resolve(distDir);
  if (!existsSync(`${dir}/index.html`) || !existsSync(`${dir}/sitemap-index.xml`)) {
    throw new MissingBuildError(
      `No built site in ${dir} (index.html and sitemap-index.xml are missing): ` +
        "run deno task build first, or audit a deployed site with --url.",
    );
  }
  const port = freePort();
  const base = `http://127.0.0.1:${port}/`;
  const child = new Deno.Command(Deno.execPath(), {
    args: serverArgs(dir),
    env: { PORT: String(port), HOST: "127.0.0.1", DIST_DIR: dir },
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  // Keep the server's error output, to show it if it fails to start or breaks mid-run.
  let errors = "";
  const drained = child.stderr.pipeThrough(new TextDecoderStream()).pipeTo(
    new WritableStream({ write: (text) => void (errors = (errors + text).slice(-4000)) }),
  );
  const stop = async () => {
    try {
      child.kill("SIGTERM");
    } catch {
      // already gone
    }
    await child.status;
    await drained.catch(() => {});
  };
  try {
    await waitUntilUp(base, child, 20_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${errors.trim()}`);
  }
  return { base, stop };
}
