// Serving: wrk against nginx, the bare Deno ceiling and the project's server, for three kinds of
// path, interleaved in one run, several rounds; then the server's memory for 1 and N threads.
import { fileURLToPath } from "node:url";
import { serverArgs } from "../server/command.ts";
import { header, rawRequest, type RawResponse } from "../tools/raw-http.ts";
import type { CeilingSpec } from "./ceiling-server.ts";
import {
  du,
  fixed,
  freePort,
  int,
  median,
  mib,
  run,
  spawn,
  stop,
  table,
  waitForOk,
  workDir,
} from "./util.ts";

export const servingTitle = "3. Serving (wrk: nginx, the bare Deno ceiling, this server)";

const rounds = Number(Deno.env.get("SERVING_ROUNDS") ?? 5);
const seconds = Number(Deno.env.get("SERVING_SECONDS") ?? 5);
const warmupSeconds = 1;
/** How long to wait for other work on the machine to calm down before starting. */
const maxWait = Number(Deno.env.get("SERVING_MAX_WAIT") ?? 180);
const wrkArgs = ["-t2", "-c100", "--latency"];
/** Every server holds .gz siblings: ask for gzip so all send the same precompressed bytes. */
const acceptEncoding = "gzip";
const threads = navigator.hardwareConcurrency;

type Server = "nginx" | "ceiling" | "reads" | "deno";
const servers: Server[] = ["nginx", "ceiling", "reads", "deno"];
const serverNames: Record<Server, string> = {
  nginx: "nginx",
  ceiling: "bare Deno ceiling",
  reads: "bare Deno reading the request",
  deno: "this server",
};

interface Target {
  type: string;
  path: string;
}

interface WrkRun {
  server: Server;
  type: string;
  round: number;
  rps: number;
  p50ms: number;
  p99ms: number;
  /** CPU time of the server's processes (all threads) per request served, in microseconds. */
  cpuUs: number;
  errors: string;
}

/** One response as each server sends it, to show all three send the same thing. */
interface Sample {
  server: Server;
  type: string;
  status: number;
  encoding: string;
  bodyBytes: number;
  headers: string[];
  headerBytes: number;
}

interface Running {
  base: string;
  port: number;
  child: Deno.ChildProcess;
  /** The processes whose CPU time counts: nginx's master and workers, Deno's one process. */
  pids: () => number[];
}

export interface ServingResult {
  date: string;
  nginxVersion: string;
  targets: Target[];
  runs: WrkRun[];
  samples: Sample[];
  /** The request headers this server reads, by path type. */
  reads: Record<string, string[]>;
  memory: { threads: number; rssKiB: number }[];
  distBytes: number;
  loadBefore: number[];
  loadAfter: number[];
  waited: string;
}

function toMs(value: string): number {
  const match = value.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!match) return NaN;
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2]]!;
  return Number(match[1]) * scale;
}

async function wrk(url: string, duration: number) {
  const { stdout } = await new Deno.Command("wrk", {
    args: [...wrkArgs, `-d${duration}s`, "-H", `Accept-Encoding: ${acceptEncoding}`, url],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(stdout);
  const errors = [
    text.match(/Socket errors:.*/)?.[0],
    text.match(/Non-2xx or 3xx responses:.*/)?.[0],
  ].filter(Boolean).join("; ");
  return {
    rps: Number(text.match(/Requests\/sec:\s+([\d.]+)/)?.[1]),
    requests: Number(text.match(/(\d+) requests in/)?.[1]),
    p50ms: toMs(text.match(/^\s+50%\s+(\S+)/m)?.[1] ?? ""),
    p99ms: toMs(text.match(/^\s+99%\s+(\S+)/m)?.[1] ?? ""),
    errors,
  };
}

/** Fields after the command name in /proc/<pid>/stat (the name may hold spaces). */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** User plus system CPU time of some processes, in clock ticks. */
function cpuTicks(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    const fields = statFields(pid);
    return sum + (fields ? Number(fields[11]) + Number(fields[12]) : 0);
  }, 0);
}

/** The processes whose parent is `pid` (nginx's workers). */
function childrenOf(pid: number): number[] {
  return [...Deno.readDirSync("/proc")]
    .map((entry) => Number(entry.name))
    .filter((child) => Number.isInteger(child) && statFields(child)?.[1] === String(pid));
}

function rssKiB(pid: number): number {
  const status = Deno.readTextFileSync(`/proc/${pid}/status`);
  return Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1]);
}

/** The project's server, started with the serve task's flags. */
async function startDeno(dist: string, serverThreads: number): Promise<Running> {
  const port = freePort();
  const child = await spawn([Deno.execPath(), ...serverArgs(dist)], {
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DIST_DIR: dist,
      SERVER_THREADS: String(serverThreads),
    },
    log: `${workDir}/serve-deno-${serverThreads}.log`,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}/`, 120_000);
  return { base, port, child, pids: () => [child.pid] };
}

const ceilingScript = fileURLToPath(new URL("ceiling-server.ts", import.meta.url));

/**
 * The request headers this server reads for a path: Accept-Encoding where its answer varies on
 * it, If-None-Match where it sends an ETag (server/handler.ts, responder).
 */
function headersRead(sent: RawResponse): string[] {
  return [
    ...(header(sent, "vary") ? ["accept-encoding"] : []),
    ...(header(sent, "etag") ? ["if-none-match"] : []),
  ];
}

/**
 * The ceiling for one path: bench/ceiling-server.ts serving what the project's server sent; with
 * `reads`, first reading the method, URL and those request headers.
 */
async function startCeiling(type: string, sent: RawResponse, reads?: string[]): Promise<Running> {
  const name = `${type.replace(/\W+/g, "-")}${reads ? "-reads" : ""}`;
  const spec: CeilingSpec = {
    status: sent.status,
    // Deno adds date and content-length itself, as it does for the project's server.
    headers: sent.headers.filter(([key]) => !["date", "content-length", ...hopByHop].includes(key)),
    bodyFile: `${workDir}/ceiling-${name}.body`,
  };
  await Deno.writeFile(spec.bodyFile, sent.body);
  const specFile = `${workDir}/ceiling-${name}.json`;
  await Deno.writeTextFile(specFile, JSON.stringify(spec, null, 2));
  const port = freePort();
  const child = await spawn([
    Deno.execPath(),
    "run",
    "--unstable-net",
    "--allow-net=127.0.0.1",
    // Its extra threads load the script itself as a worker.
    `--allow-read=${workDir},${ceilingScript}`,
    "--allow-env=CEILING_SPEC,CEILING_READS,PORT,SERVER_THREADS",
    ceilingScript,
  ], {
    env: {
      CEILING_SPEC: specFile,
      PORT: String(port),
      SERVER_THREADS: String(threads),
      ...(reads ? { CEILING_READS: reads.join(",") } : {}),
    },
    log: `${workDir}/serve-ceiling-${name}.log`,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}/`, 30_000);
  return { base, port, child, pids: () => [child.pid] };
}

/** Connection management: the capture closes its connection, wrk keeps its own open. */
const hopByHop = ["connection", "keep-alive"];
/** Headers nginx writes itself; every other header the Deno server sent is added to match. */
const nginxOwn = [
  "date",
  "content-length",
  "content-type",
  "content-encoding",
  "vary",
  "etag",
  ...hopByHop,
];

/**
 * A minimal nginx serving the same folder, sending for each benchmarked path the headers the
 * Deno server sends for it: add_header for the security and caching headers, gzip_static for
 * the .gz sibling, etag only where the Deno server sends one.
 */
async function startNginx(dist: string, sent: Map<string, RawResponse>): Promise<Running> {
  const port = freePort();
  const prefix = `${workDir}/nginx`;
  await Deno.mkdir(`${prefix}/tmp`, { recursive: true });
  const locations = [...sent].map(([path, response]) => {
    const adds = response.headers
      .filter(([name]) => !nginxOwn.includes(name))
      .map(([name, value]) => `      add_header ${name} "${value.replaceAll('"', '\\"')}" always;`);
    return `    location = ${path} {
${adds.join("\n")}
      etag ${header(response, "etag") ? "on" : "off"};
      try_files $uri $uri/index.html =404;
    }`;
  }).join("\n");
  const conf = `daemon off;
worker_processes ${threads};
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  server_tokens off;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  # No on-the-fly compression: the build's precompressed .gz siblings, as the Deno server sends.
  gzip off;
  gzip_static on;
  gzip_vary on;
  server {
    listen 127.0.0.1:${port};
    root ${dist};
${locations}
    location / {
      try_files $uri $uri/index.html =404;
    }
  }
}
`;
  const confPath = `${workDir}/nginx.conf`;
  await Deno.writeTextFile(confPath, conf);
  const child = await spawn(["nginx", "-p", prefix, "-c", confPath], {
    log: `${workDir}/nginx.log`,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}/`, 15_000);
  return { base, port, child, pids: () => [child.pid, ...childrenOf(child.pid)] };
}

function sampleOf(server: Server, type: string, response: RawResponse): Sample {
  return {
    server,
    type,
    status: response.status,
    encoding: header(response, "content-encoding") ?? "identity",
    bodyBytes: response.body.byteLength,
    headers: response.headers.map(([name]) => name).filter((name) => !hopByHop.includes(name)),
    // The head as sent, less the "connection: close" line the one-off capture asked for.
    headerBytes: response.head.length + 4 -
      response.headers.filter(([name]) => hopByHop.includes(name))
        .reduce((n, [name, value]) => n + name.length + value.length + 4, 0),
  };
}

/** The guide page, the site's first hashed stylesheet and its first Pagefind index chunk. */
async function targets(dist: string): Promise<Target[]> {
  const first = async (dir: string, suffix: string) => {
    const names: string[] = [];
    for await (const entry of Deno.readDir(`${dist}${dir}`)) {
      if (entry.name.endsWith(suffix)) names.push(entry.name);
    }
    return `${dir}/${names.sort()[0]}`;
  };
  return [
    { type: "guide page", path: "/guides/payoff-statement/" },
    { type: "hashed CSS", path: await first("/_astro", ".css") },
    { type: "Pagefind chunk", path: await first("/pagefind/index", ".pf_index") },
  ];
}

/** Waits (up to `maxSeconds`) for the 1-minute load average to drop below `threshold`. */
async function waitForQuiet(threshold: number, maxSeconds: number): Promise<string> {
  const start = Deno.loadavg()[0];
  const deadline = Date.now() + maxSeconds * 1000;
  while (Deno.loadavg()[0] >= threshold && Date.now() < deadline) {
    console.log(
      `[serving] load average ${fixed(Deno.loadavg()[0], 1)}, waiting for < ${threshold}…`,
    );
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
  const waited = Math.round((Date.now() + maxSeconds * 1000 - deadline) / 1000);
  return `The run waited ${waited} s (at most ${maxSeconds} s) for the 1-minute load average to ` +
    `fall below ${threshold}: ${fixed(start, 1)} before waiting, ` +
    `${fixed(Deno.loadavg()[0], 1)} when it started.`;
}

/** Resident memory of the server after a warm-up, for each thread count. */
async function memory(dist: string, paths: string[]) {
  const out: ServingResult["memory"] = [];
  for (const count of [...new Set([1, threads, threads * 2])]) {
    const server = await startDeno(dist, count);
    try {
      for (const path of paths) await wrk(server.base + path, 2);
      out.push({ threads: count, rssKiB: rssKiB(server.child.pid) });
      console.log(`[serving] SERVER_THREADS=${count}: VmRSS ${out.at(-1)!.rssKiB} kB`);
    } finally {
      await stop(server.child);
    }
  }
  return out;
}

export async function serving(dist: string): Promise<ServingResult> {
  const hasNginx = await new Deno.Command("nginx", { args: ["-v"], stderr: "null" }).output()
    .then((o) => o.success, () => false);
  if (!hasNginx) throw new Error("nginx is not installed: the comparison needs it");
  const list = await targets(dist);
  const waited = await waitForQuiet(3, maxWait);
  const clockTicks = Number((await run(["getconf", "CLK_TCK"])).trim()) || 100;
  const result: ServingResult = {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    nginxVersion: (await run(["nginx", "-v"])).trim().replace(/^nginx version:\s*/, ""),
    targets: list,
    runs: [],
    samples: [],
    reads: {},
    memory: [],
    distBytes: (await du(dist)).bytes,
    loadBefore: Deno.loadavg(),
    loadAfter: [],
    waited,
  };

  const started: Running[] = [];
  try {
    const deno = await startDeno(dist, threads);
    started.push(deno);
    const get = (port: number, path: string) =>
      rawRequest(port, path, { headers: { "Accept-Encoding": acceptEncoding } });
    const sent = new Map<string, RawResponse>();
    for (const { path } of list) sent.set(path, await get(deno.port, path));
    const nginx = await startNginx(dist, sent);
    started.push(nginx);
    const ceilings = new Map<string, Running>();
    const readers = new Map<string, Running>();
    for (const { type, path } of list) {
      const ceiling = await startCeiling(type, sent.get(path)!);
      result.reads[type] = headersRead(sent.get(path)!);
      const reader = await startCeiling(type, sent.get(path)!, result.reads[type]);
      started.push(ceiling, reader);
      ceilings.set(type, ceiling);
      readers.set(type, reader);
    }
    const running = (server: Server, type: string) =>
      ({ deno, nginx, ceiling: ceilings.get(type)!, reads: readers.get(type)! })[server];
    for (const { type, path } of list) {
      for (const server of servers) {
        result.samples.push(sampleOf(server, type, await get(running(server, type).port, path)));
      }
    }

    // One server loaded at a time, the others idle; the order rotates every round so no server
    // always follows the same one.
    for (let round = 1; round <= rounds; round++) {
      const shift = (round - 1) % servers.length;
      const order = [...servers.slice(shift), ...servers.slice(0, shift)];
      for (const { type, path } of list) {
        for (const server of order) {
          const target = running(server, type);
          const url = target.base + path;
          await wrk(url, warmupSeconds);
          const pids = target.pids();
          const before = cpuTicks(pids);
          const measured = await wrk(url, seconds);
          const cpuUs = (cpuTicks(pids) - before) / clockTicks * 1e6 / measured.requests;
          const entry: WrkRun = { server, type, round, ...measured, cpuUs };
          result.runs.push(entry);
          console.log(
            `[serving] round ${round}/${rounds} ${type} ${serverNames[server]}: ` +
              `${int(entry.rps)} req/s, ${fixed(cpuUs, 1)} µs CPU/request` +
              `${entry.errors ? `, ${entry.errors}` : ""}`,
          );
        }
      }
    }
  } finally {
    for (const { child } of started) await stop(child);
  }
  result.loadAfter = Deno.loadavg();
  result.memory = await memory(dist, list.map((t) => t.path));
  return result;
}

/** Puts a freshly written serving section in place of the old one in RESULTS.md's text. */
export function replaceServingSection(markdown: string, section: string): string {
  const start = markdown.search(/^## 3\. Serving/m);
  if (start < 0) return `${markdown.trimEnd()}\n\n${section}\n`;
  const next = markdown.slice(start + 1).search(/^## /m);
  const end = next < 0 ? markdown.length : start + 1 + next;
  return `${markdown.slice(0, start)}${section}\n\n${markdown.slice(end)}`;
}

const ratio = (a: number, b: number) => `${fixed(a / b, 2)}x`;
const loads = (l: number[]) => l.map((n) => fixed(n, 2)).join(", ");

export function servingReport(result: ServingResult): string {
  const cell = (server: Server, type: string) =>
    result.runs.filter((r) => r.server === server && r.type === type);
  const med = (server: Server, type: string, key: "rps" | "cpuUs" | "p99ms") =>
    median(cell(server, type).map((r) => r[key]));
  const spread = (server: Server, type: string) => {
    const rps = cell(server, type).map((r) => r.rps);
    return `${int(Math.min(...rps))}–${int(Math.max(...rps))}`;
  };
  const types = result.targets.map((t) => t.type);

  const throughput = table(
    [
      "path type",
      "nginx",
      "ceiling",
      "ceiling reading the request",
      "this server",
      "**server / ceiling**",
      "server / ceiling reading",
      "server / nginx",
      "ceiling / nginx",
    ],
    types.map((type) => [
      `${type} (${result.targets.find((t) => t.type === type)!.path})`,
      ...servers.map((server) => int(med(server, type, "rps"))),
      `**${ratio(med("deno", type, "rps"), med("ceiling", type, "rps"))}**`,
      ratio(med("deno", type, "rps"), med("reads", type, "rps")),
      ratio(med("deno", type, "rps"), med("nginx", type, "rps")),
      ratio(med("ceiling", type, "rps"), med("nginx", type, "rps")),
    ]),
  );
  const perRound = (type: string) =>
    [...new Set(result.runs.map((r) => r.round))].map((round) => {
      const one = (server: Server) => cell(server, type).find((r) => r.round === round)!.rps;
      return fixed(one("deno") / one("ceiling"), 2);
    }).join(", ");
  const cpu = table(
    [
      "path type",
      "nginx",
      "ceiling",
      "ceiling reading the request",
      "this server",
      "**ceiling / server**",
      "ceiling reading / server",
      "server / ceiling req/s, per round",
    ],
    types.map((type) => [
      type,
      ...servers.map((server) => fixed(med(server, type, "cpuUs"), 1)),
      `**${ratio(med("ceiling", type, "cpuUs"), med("deno", type, "cpuUs"))}**`,
      ratio(med("reads", type, "cpuUs"), med("deno", type, "cpuUs")),
      perRound(type),
    ]),
  );
  const ranges = table(
    ["path type", ...servers.map((s) => `${serverNames[s]}: req/s range`), "p99 ms (median)"],
    types.map((type) => [
      type,
      ...servers.map((s) => spread(s, type)),
      servers.map((s) => fixed(med(s, type, "p99ms"), 2)).join(" / "),
    ]),
  );
  const errors = result.runs.filter((r) => r.errors);
  const sent = table(
    ["path type", "server", "status", "encoding", "body bytes", "headers", "header bytes"],
    result.samples.map((s) => [
      s.type,
      serverNames[s.server],
      s.status,
      s.encoding,
      int(s.bodyBytes),
      s.headers.length,
      int(s.headerBytes),
    ]),
  );
  const headerNames = table(
    [
      "path type",
      "headers this server sends (both ceilings send the same)",
      "request headers it reads",
    ],
    types.map((type) => [
      type,
      result.samples.find((s) => s.server === "deno" && s.type === type)!.headers.join(", "),
      result.reads[type].join(", ") || "none",
    ]),
  );
  const one = result.memory.find((m) => m.threads === 1)!;
  const mem = table(
    ["SERVER_THREADS", "VmRSS", "more than 1 thread", "per extra thread"],
    result.memory.map((m) => [
      m.threads,
      mib(m.rssKiB * 1024),
      m.threads === 1 ? "" : mib((m.rssKiB - one.rssKiB) * 1024),
      m.threads === 1 ? "" : mib((m.rssKiB - one.rssKiB) * 1024 / (m.threads - 1)),
    ]),
  );
  const noisy = result.loadBefore[0] > threads || result.loadAfter[0] > threads;
  return [
    `Run ${result.date} with Deno ${Deno.version.deno} and ${result.nginxVersion}. ` +
    `Each round loads one server at a time with \`wrk ${wrkArgs.join(" ")} -d${seconds}s ` +
    `-H 'Accept-Encoding: ${acceptEncoding}'\` after a ${warmupSeconds} s warm-up; for each ` +
    `path type the ${servers.length} servers run back to back, their order rotating each ` +
    `round; ${rounds} rounds. Figures are medians over the rounds.`,
    "- **nginx**: `worker_processes` = cores, sendfile, access log off, `gzip_static` (the " +
    "build's .gz files), and for each benchmarked path the same security and caching headers " +
    "as this server (`add_header`; bench/work/nginx.conf). nginx adds Server, Last-Modified " +
    "and Accept-Ranges of its own.",
    "- **bare Deno ceiling** (bench/ceiling-server.ts): Deno.serve on the same number of " +
    "threads (reusePort), answering every request with a clone of one prebuilt Response " +
    "holding exactly the status, headers and gzip bytes this server sent for that path " +
    "(captured over a raw socket), and reading nothing from the request.",
    "- **ceiling reading the request**: the same, but each request first has its method, URL " +
    "and the request headers this server reads for that path read (and ignored): what Deno " +
    "charges any handler that routes and negotiates. This server against it is the cost of " +
    "the handler's own work; it against the ceiling is the cost of reading.",
    "- **this server**: server/main.ts as `deno task serve` runs it, one thread per core.",
    `Copy of dist/ served: bench/work/serve-dist, ${mib(result.distBytes)} including .br and ` +
    ".gz files.",
    "### Throughput",
    "Requests per second (median of the rounds).",
    throughput,
    "CPU time of each server's processes (all threads, from /proc/<pid>/stat) divided by the " +
    "requests wrk completed, in µs (median of the rounds): less sensitive than req/s to other " +
    "work on the machine, since time a server spends waiting for a core is not counted.",
    cpu,
    ranges,
    errors.length
      ? `wrk reported errors in ${errors.length} runs: ${
        errors.map((r) => `${r.type} ${serverNames[r.server]} round ${r.round}: ${r.errors}`)
          .join("; ")
      }`
      : "wrk reported no socket errors and no non-2xx/3xx responses in any run.",
    "### What each server sends (one GET with Accept-Encoding: gzip)",
    sent,
    headerNames,
    "### Memory",
    "Each thread loads its own copy of dist/ into memory. VmRSS from /proc/<pid>/status of " +
    "the server process (all threads), after a 2 s wrk warm-up on each benchmarked path.",
    mem,
    `The site itself is ${mib(result.distBytes)} with its .br and .gz files, so most of what ` +
    "an extra thread adds is its own JavaScript runtime, not its copy of the site.",
    "### Machine load",
    `Load average (1, 5, 15 min) before the rounds: ${loads(result.loadBefore)}; after: ` +
    `${loads(result.loadAfter)}; ${threads} cores. ${result.waited}` +
    (noisy
      ? " The machine was busy with other work during the run (load above the core count): " +
        "req/s figures are lower than on an idle machine and swing from round to round (see " +
        "the ranges); CPU time per request is the steadier comparison."
      : ""),
  ].join("\n\n");
}
