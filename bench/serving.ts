// Serving: wrk against nginx, the bare Deno ceiling and the project's server (and, with
// SERVING_BASELINE=<git ref>, the server as it was at that ref), for three kinds of path,
// interleaved in one run, several rounds; then the servers' memory for 1, N and 2N threads, on
// today's site and on a large generated build (SERVING_LARGE_DIST, default bench/work/dist-5000,
// made by `deno run -A bench/build-scaling.ts 5000`) when there is one.
import { fileURLToPath } from "node:url";
import { serverArgs } from "../server/command.ts";
import { servedPaths } from "../server/served.ts";
import { header, rawRequest, type RawResponse } from "../tools/raw-http.ts";
import type { CeilingSpec } from "./ceiling-server.ts";
import {
  du,
  fixed,
  freePort,
  int,
  median,
  mib,
  root,
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
/** A git ref whose server/ runs beside this one as the baseline, e.g. "main". */
const baselineRef = Deno.env.get("SERVING_BASELINE");
const largeDist = Deno.env.get("SERVING_LARGE_DIST") ?? `${workDir}/dist-5000`;

type Server = "nginx" | "ceiling" | "reads" | "deno" | "baseline";
type Project = "deno" | "baseline";
const projects: Project[] = ["deno", ...(baselineRef ? ["baseline" as const] : [])];
const servers: Server[] = ["nginx", "ceiling", "reads", ...projects];
const serverNames: Record<Server, string> = {
  nginx: "nginx",
  ceiling: "bare Deno ceiling",
  reads: "bare Deno reading the request",
  deno: "this server",
  baseline: `this server at ${baselineRef}`,
};

interface Target {
  type: string;
  path: string;
}

interface WrkRun {
  server: Server;
  type: string;
  round: number;
  /** 1-minute load average when the run ended. */
  load: number;
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
  memory: MemoryRow[];
  distBytes: number;
  baselineRef?: string;
  /** The large build: its guide page, this server against the baseline, interleaved. */
  large?: Paired;
  /** Today's guide page with a new connection per request, against the baseline. */
  churn?: Paired;
  loadBefore: number[];
  loadAfter: number[];
  waited: string;
}

interface Paired {
  dist: string;
  bytes: number;
  files: number;
  target: Target;
  runs: WrkRun[];
}

interface MemoryRow {
  site: "today" | "large";
  server: Project;
  threads: number;
  /** After a 2 s wrk warm-up on each benchmarked path. */
  rssKiB: number;
  /** After every file was then fetched 3 times per thread (this server only). */
  crawledKiB?: number;
  load: number;
}

function toMs(value: string): number {
  const match = value.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!match) return NaN;
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2]]!;
  return Number(match[1]) * scale;
}

/** With `closeEach`, every request asks for its connection to be closed: a new one each time. */
async function wrk(url: string, duration: number, closeEach = false) {
  const { stdout } = await new Deno.Command("wrk", {
    args: [
      ...wrkArgs,
      `-d${duration}s`,
      "-H",
      `Accept-Encoding: ${acceptEncoding}`,
      ...(closeEach ? ["-H", "Connection: close"] : []),
      url,
    ],
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

const baselineDir = `${workDir}/baseline`;

/** Copies server/ as it was at `ref` into bench/work/baseline/server. */
async function exportBaseline(ref: string): Promise<void> {
  await Deno.remove(baselineDir, { recursive: true }).catch(() => {});
  await Deno.mkdir(baselineDir, { recursive: true });
  await run(["sh", "-c", `git -C "${root}" archive "${ref}" server | tar -x -C "${baselineDir}"`]);
  await Deno.stat(`${baselineDir}/server/main.ts`).catch(() => {
    throw new Error(`could not export server/ at ${ref}`);
  });
}

/** The serve task's flags for the baseline copy (every environment variable it may read). */
const baselineArgs = (dist: string) => [
  "run",
  "--unstable-net",
  "--allow-net",
  `--allow-read=${dist},${baselineDir}/server`,
  "--allow-env",
  `${baselineDir}/server/main.ts`,
];

/** The project's server (or its baseline), started with the serve task's flags. */
async function startDeno(
  dist: string,
  serverThreads: number,
  project: Project = "deno",
): Promise<Running> {
  const port = freePort();
  const args = project === "deno" ? serverArgs(dist) : baselineArgs(dist);
  const child = await spawn([Deno.execPath(), ...args], {
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DIST_DIR: dist,
      SERVER_THREADS: String(serverThreads),
    },
    log: `${workDir}/serve-${project}-${serverThreads}.log`,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}/`, 120_000);
  return { base, port, child, pids: () => [child.pid] };
}

const ceilingScript = fileURLToPath(new URL("ceiling-server.ts", import.meta.url));

/**
 * The request headers this server reads for a path: Host always (server/request-target.ts),
 * Accept-Encoding where its answer varies on it, If-None-Match where it sends an ETag
 * (server/answers.ts).
 */
function headersRead(sent: RawResponse): string[] {
  return [
    "host",
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

/** The guide page of earlier runs, or a generated build's first guide. */
async function guidePage(dist: string): Promise<string> {
  const known = "/guides/payoff-statement/";
  if (await Deno.stat(`${dist}${known}index.html`).then(() => true, () => false)) return known;
  const names = [...Deno.readDirSync(`${dist}/guides`)].filter((e) => e.isDirectory)
    .map((e) => e.name).sort();
  return `/guides/${names[0]}/`;
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
    { type: "guide page", path: await guidePage(dist) },
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

/** Every URL of a build, each fetched `passes` times, 16 at a time. */
async function crawl(base: string, dist: string, passes: number): Promise<void> {
  const walk = (dir: string, prefix: string): string[] =>
    [...Deno.readDirSync(dir)].flatMap((entry) => {
      const path = `${prefix}/${entry.name}`;
      return entry.isDirectory ? walk(`${dir}/${entry.name}`, path) : [path];
    });
  const urls = servedPaths(walk(dist, ""))
    .map((path) => path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path);
  let next = 0;
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < urls.length * passes) {
      const response = await fetch(base + urls[next++ % urls.length]);
      await response.arrayBuffer();
    }
  }));
}

/**
 * Resident memory for each thread count after a warm-up on the benchmarked paths, and for this
 * server also after a crawl of every file, 3 times per thread: a file's answers are kept from its
 * third request in a thread (server/warm.ts), so this fills every thread's budget.
 */
async function memory(
  dist: string,
  site: MemoryRow["site"],
  paths: string[],
): Promise<MemoryRow[]> {
  const out: MemoryRow[] = [];
  for (const count of [...new Set([1, threads, threads * 2])]) {
    for (const project of projects) {
      const server = await startDeno(dist, count, project);
      try {
        for (const path of paths) await wrk(server.base + path, 2);
        const row: MemoryRow = {
          site,
          server: project,
          threads: count,
          rssKiB: rssKiB(server.child.pid),
          load: Deno.loadavg()[0],
        };
        if (project === "deno") {
          await crawl(server.base, dist, 3 * count);
          row.crawledKiB = rssKiB(server.child.pid);
        }
        out.push(row);
        console.log(
          `[serving] ${site} site, ${serverNames[project]}, SERVER_THREADS=${count}: VmRSS ` +
            `${row.rssKiB} kB${row.crawledKiB ? `, ${row.crawledKiB} kB after the crawl` : ""}`,
        );
      } finally {
        await stop(server.child);
      }
    }
  }
  return out;
}

/** One measured wrk run: a warm-up, then CPU time of the server's processes per request. */
async function measure(
  target: Running,
  url: string,
  clockTicks: number,
  closeEach = false,
): Promise<Omit<WrkRun, "server" | "type" | "round">> {
  await wrk(url, warmupSeconds, closeEach);
  const pids = target.pids();
  const before = cpuTicks(pids);
  const measured = await wrk(url, seconds, closeEach);
  const cpuUs = (cpuTicks(pids) - before) / clockTicks * 1e6 / measured.requests;
  return { ...measured, cpuUs, load: Deno.loadavg()[0] };
}

/**
 * A guide page, this server against the baseline, the two alternating round by round: on a large
 * build, or (`closeEach`) with a new connection for every request.
 */
async function pairedRuns(
  dist: string,
  clockTicks: number,
  closeEach = false,
): Promise<Paired> {
  const type = closeEach ? "guide page, a new connection per request" : "guide page";
  const target = { type, path: await guidePage(dist) };
  const { bytes, files } = await du(dist);
  const large = { dist, bytes, files, target, runs: [] as WrkRun[] };
  const started = new Map<Project, Running>();
  try {
    for (const project of projects) started.set(project, await startDeno(dist, threads, project));
    for (let round = 1; round <= rounds; round++) {
      const order = round % 2 ? projects : [...projects].reverse();
      for (const server of order) {
        const running = started.get(server)!;
        const entry: WrkRun = {
          server,
          type: target.type,
          round,
          ...await measure(running, running.base + target.path, clockTicks, closeEach),
        };
        large.runs.push(entry);
        console.log(
          `[serving] ${type}, ${dist} round ${round}/${rounds} ${serverNames[server]}: ` +
            `${int(entry.rps)} req/s, ${fixed(entry.cpuUs, 1)} µs CPU/request, load ` +
            `${fixed(entry.load, 1)}`,
        );
      }
    }
  } finally {
    for (const running of started.values()) await stop(running.child);
  }
  return large;
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
    baselineRef,
    loadBefore: Deno.loadavg(),
    loadAfter: [],
    waited,
  };

  if (baselineRef) await exportBaseline(baselineRef);
  const started: Running[] = [];
  try {
    const deno = await startDeno(dist, threads);
    started.push(deno);
    const baseline = baselineRef ? await startDeno(dist, threads, "baseline") : deno;
    if (baselineRef) started.push(baseline);
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
      ({ deno, baseline, nginx, ceiling: ceilings.get(type)!, reads: readers.get(type)! })[server];
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
          const measured = await measure(target, target.base + path, clockTicks);
          const entry: WrkRun = { server, type, round, ...measured };
          result.runs.push(entry);
          console.log(
            `[serving] round ${round}/${rounds} ${type} ${serverNames[server]}: ` +
              `${int(entry.rps)} req/s, ${fixed(entry.cpuUs, 1)} µs CPU/request` +
              `${entry.errors ? `, ${entry.errors}` : ""}`,
          );
        }
      }
    }
  } finally {
    for (const { child } of started) await stop(child);
  }
  const hasLarge = await Deno.stat(`${largeDist}/index.html`).then(() => true, () => false);
  if (baselineRef) result.churn = await pairedRuns(dist, clockTicks, true);
  if (hasLarge) result.large = await pairedRuns(largeDist, clockTicks);
  result.loadAfter = Deno.loadavg();
  result.memory = await memory(dist, "today", list.map((t) => t.path));
  if (hasLarge) {
    result.memory.push(...await memory(largeDist, "large", [result.large!.target.path]));
  }
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
  const names = { ...serverNames, baseline: `this server at ${result.baselineRef}` };
  /** The servers of the main tables; the baseline has its own. */
  const main: Server[] = ["nginx", "ceiling", "reads", "deno"];
  const all: Server[] = [...main, ...(result.baselineRef ? ["baseline" as const] : [])];
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
      ...main.map((server) => int(med(server, type, "rps"))),
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
      ...main.map((server) => fixed(med(server, type, "cpuUs"), 1)),
      `**${ratio(med("ceiling", type, "cpuUs"), med("deno", type, "cpuUs"))}**`,
      ratio(med("reads", type, "cpuUs"), med("deno", type, "cpuUs")),
      perRound(type),
    ]),
  );
  const ranges = table(
    ["path type", ...all.map((s) => `${names[s]}: req/s range`), "p99 ms (median)"],
    types.map((type) => [
      type,
      ...all.map((s) => spread(s, type)),
      all.map((s) => fixed(med(s, type, "p99ms"), 2)).join(" / "),
    ]),
  );
  const errors = result.runs.filter((r) => r.errors);
  const sent = table(
    ["path type", "server", "status", "encoding", "body bytes", "headers", "header bytes"],
    result.samples.map((s) => [
      s.type,
      names[s.server],
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
  const against = baselineTable(result);
  const mem = memoryTable(result);
  const noisy = result.loadBefore[0] > threads || result.loadAfter[0] > threads;
  return [
    `Run ${result.date} with Deno ${Deno.version.deno} and ${result.nginxVersion}. ` +
    `Each round loads one server at a time with \`wrk ${wrkArgs.join(" ")} -d${seconds}s ` +
    `-H 'Accept-Encoding: ${acceptEncoding}'\` after a ${warmupSeconds} s warm-up; for each ` +
    `path type the ${all.length} servers run back to back, their order rotating each ` +
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
    "- **this server**: server/main.ts as `deno task serve` runs it, one thread per core." +
    (result.baselineRef
      ? ` **${names.baseline}**: server/ as it was at that git ref (bench/work/baseline), ` +
        "run the same way, in the same rounds."
      : ""),
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
        errors.map((r) => `${r.type} ${names[r.server]} round ${r.round}: ${r.errors}`)
          .join("; ")
      }`
      : "wrk reported no socket errors and no non-2xx/3xx responses in any run.",
    ...(against ? ["### This server against its baseline", against] : []),
    "### What each server sends (one GET with Accept-Encoding: gzip)",
    sent,
    headerNames,
    "### Memory",
    "VmRSS from /proc/<pid>/status of the server process (all threads), after a 2 s wrk " +
    "warm-up on each benchmarked path, and for this server again after every file of the " +
    "build was fetched 3 times per thread (16 at a time), which fills each thread's budget of " +
    "prebuilt answers (server/warm.ts). The goal (issue 18): at most the site's size + 100 " +
    "MiB + 30 MiB per extra thread. The 1-minute load average when each figure was taken is " +
    "beside it.",
    mem,
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

/** "bench/work/dist-5000 (20,313 files)". */
const largeName = (result: ServingResult) =>
  `${result.large!.dist.replace(`${root}/`, "")} (${int(result.large!.files)} files)`;

/** Medians of this server and its baseline per path, today's site and the large build. */
function baselineTable(result: ServingResult): string | undefined {
  if (!result.baselineRef) return undefined;
  const rows = [
    ...result.targets.map((t) => ({ site: "today's", target: t, runs: result.runs })),
    ...(result.churn
      ? [{ site: "today's", target: result.churn.target, runs: result.churn.runs }]
      : []),
    ...(result.large
      ? [{ site: largeName(result), target: result.large.target, runs: result.large.runs }]
      : []),
  ].map(({ site, target, runs }) => {
    const of = (server: Project) =>
      runs.filter((r) => r.server === server && r.type === target.type);
    const med = (server: Project, key: "rps" | "cpuUs") => median(of(server).map((r) => r[key]));
    const perRound = of("deno").map((r) => {
      const base = of("baseline").find((b) => b.round === r.round)!;
      return fixed(r.rps / base.rps, 2);
    }).join(", ");
    const loads = [...of("deno"), ...of("baseline")].map((r) => r.load);
    return [
      `${site} site, ${target.type} (${target.path})`,
      int(med("baseline", "rps")),
      int(med("deno", "rps")),
      `**${ratio(med("deno", "rps"), med("baseline", "rps"))}**`,
      fixed(med("baseline", "cpuUs"), 1),
      fixed(med("deno", "cpuUs"), 1),
      ratio(med("baseline", "cpuUs"), med("deno", "cpuUs")),
      perRound,
      `${fixed(Math.min(...loads), 1)}–${fixed(Math.max(...loads), 1)}`,
    ];
  });
  return [
    "Same machine, interleaved: today's site in the rounds above; a new connection per request " +
    "(`-H 'Connection: close'`) and the large build " +
    `(${result.large ? mib(result.large.bytes) : "none"}) in ${rounds} rounds of their own, ` +
    "the two servers alternating. req/s and CPU µs per request are medians over the rounds.",
    table([
      "path",
      "baseline req/s",
      "this server req/s",
      "**this / baseline**",
      "baseline CPU µs",
      "this CPU µs",
      "baseline CPU / this",
      "this / baseline req/s, per round",
      "load (1 min) during the runs",
    ], rows),
  ].join("\n\n");
}

/** RSS per site, thread count and server, against the goal. */
function memoryTable(result: ServingResult): string {
  const sizes = { today: result.distBytes, large: result.large?.bytes ?? 0 };
  const rows = result.memory.filter((m) => m.server === "deno").map((m) => {
    const base = result.memory.find((b) =>
      b.server === "baseline" && b.site === m.site && b.threads === m.threads
    );
    const goal = sizes[m.site] + (100 + 30 * (m.threads - 1)) * 1024 * 1024;
    const worst = Math.max(m.rssKiB, m.crawledKiB ?? 0) * 1024;
    return [
      `${m.site === "today" ? "today's" : largeName(result)}, ${mib(sizes[m.site])}`,
      m.threads,
      mib(m.rssKiB * 1024),
      m.crawledKiB ? mib(m.crawledKiB * 1024) : "",
      base ? `${mib(base.rssKiB * 1024)} (load ${fixed(base.load, 1)})` : "",
      mib(goal),
      worst <= goal ? "yes" : "**no**",
      fixed(m.load, 1),
    ];
  });
  return table([
    "site",
    "SERVER_THREADS",
    "this server",
    "after every file ×3 per thread",
    "baseline",
    "goal",
    "met",
    "load (1 min)",
  ], rows);
}
