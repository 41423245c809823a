// Small helpers shared by the benchmark steps: paths, child processes, servers, tables.
import { serverArgs } from "../server/command.ts";
import { chromiumArgs, chromiumPath as sharedChromiumPath } from "../tools/browser.ts";

/** The repository root (bench/ lives directly under it). */
export const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
/** Git-ignored scratch space for builds, logs and configs. */
export const workDir = `${root}/bench/work`;
/** Every build takes this lock: teammates build in the same tree. */
export const buildLock = "/tmp/astro-build.lock";
/** Debian's chromium unless CHROMIUM_PATH says otherwise; Lighthouse needs a real path. */
export const chromiumPath = sharedChromiumPath() ?? "/usr/bin/chromium";
export const chromiumFlags = ["--headless", ...chromiumArgs];

const children = new Set<Deno.ChildProcess>();

/** Registers a child process so `stopAll` ends it on exit, failure or Ctrl-C. */
export function track(child: Deno.ChildProcess): Deno.ChildProcess {
  children.add(child);
  child.status.finally(() => children.delete(child));
  return child;
}

/** Starts a long-running process that `stopAll` will end. Output goes to a log file. */
export async function spawn(
  cmd: string[],
  options: { env?: Record<string, string>; log: string },
): Promise<Deno.ChildProcess> {
  const file = await Deno.open(options.log, { write: true, create: true, truncate: true });
  const child = new Deno.Command(cmd[0], {
    args: cmd.slice(1),
    env: options.env,
    cwd: root,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  track(child);
  const out = file.writable.getWriter();
  const pump = async (stream: ReadableStream<Uint8Array>) => {
    for await (const chunk of stream) await out.write(chunk);
  };
  Promise.all([pump(child.stdout), pump(child.stderr)]).finally(() => out.close().catch(() => {}));
  return child;
}

/** Ends one process this benchmark started (by its id) and waits for it. */
export async function stop(child: Deno.ChildProcess): Promise<void> {
  if (!children.has(child)) return;
  try {
    child.kill("SIGTERM");
  } catch { /* already gone */ }
  const timer = setTimeout(() => {
    try {
      child.kill("SIGKILL");
    } catch { /* already gone */ }
  }, 5000);
  await child.status;
  clearTimeout(timer);
}

/** Ends every process still running; called on exit, failure or Ctrl-C. */
export async function stopAll(): Promise<void> {
  await Promise.all([...children].map(stop));
}

/** Runs a command to completion and returns its output (stdout and stderr together). */
export async function run(cmd: string[], env?: Record<string, string>): Promise<string> {
  const { stdout, stderr } = await new Deno.Command(cmd[0], {
    args: cmd.slice(1),
    env,
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return text.decode(stdout) + text.decode(stderr);
}

/** A loopback port nobody is listening on right now. */
export function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

/** Polls a URL until it answers 200, or throws after `timeoutMs`. */
export async function waitForOk(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.body?.cancel();
      if (response.ok) return;
    } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** Starts the project's Deno server (as `deno task serve` does) on a free port. */
export async function startDenoServer(distDir: string, log: string): Promise<{
  base: string;
  child: Deno.ChildProcess;
}> {
  const port = freePort();
  const child = await spawn([Deno.execPath(), ...serverArgs(distDir)], {
    env: { PORT: String(port), HOST: "127.0.0.1", DIST_DIR: distDir },
    log,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}/`, 120_000);
  return { base, child };
}

/** Total size and count of the files under a folder, optionally filtered. */
export async function du(
  dir: string,
  keep: (name: string) => boolean = () => true,
): Promise<{ bytes: number; files: number }> {
  let bytes = 0, files = 0;
  for await (const entry of Deno.readDir(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) {
      const sub = await du(path, keep);
      bytes += sub.bytes;
      files += sub.files;
    } else if (entry.isFile && keep(entry.name)) {
      bytes += (await Deno.stat(path)).size;
      files++;
    }
  }
  return { bytes, files };
}

export const int = (n: number) => Math.round(n).toLocaleString("en-US");
export const fixed = (n: number, digits = 1) => n.toFixed(digits);
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A Markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
