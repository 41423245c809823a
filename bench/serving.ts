// Serving: wrk against the project's Deno server and against nginx, same files, same headers
// asked for, one run after the other.
import { securityHeaders } from "../server/headers.ts";
import {
  fixed,
  freePort,
  int,
  median,
  spawn,
  startDenoServer,
  stop,
  table,
  waitForOk,
  workDir,
} from "./util.ts";

const wrkArgs = ["-t2", "-c100", "--latency"];
/** Both servers hold .gz siblings: ask for gzip so both send the same precompressed bytes. */
const acceptEncoding = "Accept-Encoding: gzip";
const rounds = 3;

/** deno: the project's server/; baseline: bare Deno.serve (bench/baseline-server.ts); nginx. */
type Server = "deno" | "baseline" | "nginx";

export interface WrkRun {
  server: Server;
  path: string;
  round: number;
  rps: number;
  p50ms: number;
  p99ms: number;
  errors: string;
  /** 1-minute load average just before the run: other work on the machine shows here. */
  load: number;
}

export interface ServingResult {
  paths: string[];
  runs: WrkRun[];
  /** Body and header bytes of one response from each server, to show they send the same thing. */
  responses: {
    server: string;
    path: string;
    status: number;
    bodyBytes: number;
    encoding: string;
  }[];
  nginx: boolean;
  quiet: string;
  note?: string;
}

function toMs(value: string): number {
  const match = value.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!match) return NaN;
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2]]!;
  return Number(match[1]) * scale;
}

async function wrk(
  url: string,
  seconds = 10,
): Promise<Omit<WrkRun, "server" | "path" | "round" | "load">> {
  const { stdout } = await new Deno.Command("wrk", {
    args: [...wrkArgs, `-d${seconds}s`, "-H", acceptEncoding, url],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(stdout);
  const rps = Number(text.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
  const p50 = text.match(/^\s+50%\s+(\S+)/m)?.[1] ?? "";
  const p99 = text.match(/^\s+99%\s+(\S+)/m)?.[1] ?? "";
  const errors = [
    text.match(/Socket errors:.*/)?.[0],
    text.match(/Non-2xx or 3xx responses:.*/)?.[0],
  ].filter(Boolean).join("; ");
  return { rps, p50ms: toMs(p50), p99ms: toMs(p99), errors };
}

/** A minimal nginx serving the same folder, with the Deno server's security headers. */
async function startNginx(dist: string): Promise<{ base: string; child: Deno.ChildProcess }> {
  const port = freePort();
  const prefix = `${workDir}/nginx`;
  await Deno.mkdir(`${prefix}/tmp`, { recursive: true });
  const headers = securityHeaders.map(([name, value]) =>
    `      add_header ${name} "${value}" always;`
  ).join("\n");
  const conf = `daemon off;
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
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
  # No on-the-fly compression: serve the build's precompressed .gz siblings, as the Deno server does.
  gzip off;
  gzip_static on;
  gzip_vary on;
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    location / {
${headers}
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
  return { base, child };
}

async function startBaseline(dist: string, paths: string[]) {
  const port = freePort();
  const child = await spawn([
    Deno.execPath(),
    "run",
    "--allow-net",
    `--allow-read=${dist}`,
    "--allow-env=PORT,DIST_DIR,PATHS",
    "bench/baseline-server.ts",
  ], {
    env: { PORT: String(port), DIST_DIR: dist, PATHS: paths.join(",") },
    log: `${workDir}/serve-baseline.log`,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}${paths[0]}`, 30_000);
  return { base, child };
}

async function sample(server: string, base: string, path: string) {
  const response = await fetch(base + path, { headers: { "accept-encoding": "gzip" } });
  // fetch decodes gzip itself; the raw size is what the server announced.
  const bodyBytes = Number(response.headers.get("content-length") ?? -1);
  await response.body?.cancel();
  return {
    server,
    path,
    status: response.status,
    bodyBytes,
    encoding: response.headers.get("content-encoding") ?? "identity",
  };
}

/** Picks the guide page and the site's first hashed stylesheet. */
async function targets(dist: string): Promise<string[]> {
  const css: string[] = [];
  for await (const entry of Deno.readDir(`${dist}/_astro`)) {
    if (entry.name.endsWith(".css")) css.push(entry.name);
  }
  css.sort();
  return ["/guides/payoff-statement/", `/_astro/${css[0]}`];
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
  const end = Deno.loadavg()[0];
  return `1-minute load average ${fixed(start, 1)} when serving began, ${fixed(end, 1)} after ` +
    `waiting up to ${maxSeconds} s for it to fall below ${threshold}.`;
}

export async function serving(dist: string): Promise<ServingResult> {
  const paths = await targets(dist);
  const quiet = await waitForQuiet(3, 180);
  const result: ServingResult = { paths, runs: [], responses: [], nginx: false, quiet };
  const hasNginx = await new Deno.Command("nginx", { args: ["-v"], stderr: "null" }).output()
    .then((o) => o.success, () => false);
  result.nginx = hasNginx;
  if (!hasNginx) result.note = "nginx is not installed: no comparison.";

  const servers: Server[] = hasNginx ? ["deno", "baseline", "nginx"] : ["deno", "baseline"];
  const running = new Map<string, { base: string; child: Deno.ChildProcess }>();
  try {
    running.set("deno", await startDenoServer(dist, `${workDir}/serve-deno.log`));
    running.set("baseline", await startBaseline(dist, paths));
    if (hasNginx) running.set("nginx", await startNginx(dist));
    for (const server of servers) {
      for (const path of paths) {
        result.responses.push(await sample(server, running.get(server)!.base, path));
      }
    }
    // All servers stay up but only one is loaded at a time; the order rotates each round so no
    // server always runs first.
    for (let round = 1; round <= rounds; round++) {
      for (const path of paths) {
        const shift = (round - 1) % servers.length;
        const order = [...servers.slice(shift), ...servers.slice(0, shift)];
        for (const server of order) {
          const url = running.get(server)!.base + path;
          console.log(`[serving] round ${round}/${rounds}: ${server} ${path} (10 s)…`);
          await wrk(url, 2); // 2 s warm-up, result discarded
          const load = Deno.loadavg()[0];
          const run = { server, path, round, load, ...(await wrk(url)) };
          console.log(
            `[serving]   ${int(run.rps)} req/s, p50 ${fixed(run.p50ms, 2)} ms, p99 ${
              fixed(run.p99ms, 2)
            } ms${run.errors ? `, ${run.errors}` : ""}`,
          );
          result.runs.push(run);
        }
      }
    }
  } finally {
    for (const { child } of running.values()) await stop(child);
  }
  return result;
}

export function servingReport(result: ServingResult): string {
  const rows = result.runs.map((r) => [
    r.path,
    r.server,
    r.round,
    int(r.rps),
    fixed(r.p50ms, 2),
    fixed(r.p99ms, 2),
    r.errors || "none",
    fixed(r.load, 1),
  ]);
  const out = [
    table(
      [
        "path",
        "server",
        "round",
        "requests/s",
        "p50 (ms)",
        "p99 (ms)",
        "errors",
        "load avg before",
      ],
      rows,
    ),
  ];
  out.push(
    table(
      ["server", "path", "status", "content-encoding", "body bytes"],
      result.responses.map((r) => [r.server, r.path, r.status, r.encoding, int(r.bodyBytes)]),
    ),
  );
  if (result.nginx) {
    const ratios = result.paths.map((path) => {
      const rps = (server: string) =>
        median(result.runs.filter((r) => r.server === server && r.path === path).map((r) => r.rps));
      const perRound = [...new Set(result.runs.map((r) => r.round))].map((round) => {
        const one = (server: string) =>
          result.runs.find((r) => r.server === server && r.path === path && r.round === round)!
            .rps;
        return fixed(one("deno") / one("nginx"), 2);
      });
      return [
        path,
        int(rps("deno")),
        int(rps("baseline")),
        int(rps("nginx")),
        `**${fixed(rps("deno") / rps("nginx"), 2)}x**`,
        perRound.join(", "),
        `${fixed(rps("baseline") / rps("nginx"), 2)}x`,
      ];
    });
    out.push(
      table(
        [
          "path",
          "Deno server req/s (median)",
          "bare Deno.serve req/s",
          "nginx req/s",
          "Deno server / nginx",
          "per round",
          "bare Deno.serve / nginx",
        ],
        ratios,
      ),
    );
  }
  out.push(result.quiet);
  if (result.note) out.push(result.note);
  return out.join("\n\n");
}
