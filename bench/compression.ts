// What each compression setting costs and saves on a built site: CPU time and bytes for gzip and
// brotli at several qualities, over the files the precompress step compresses, HTML pages apart
// from shared assets (CSS, JS, JSON, Pagefind's scripts). One thread, so CPU time is the cost.
//
//   deno run -A bench/compression.ts [dist]     (default bench/work/dist-1000)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { fixed, int, root, table } from "./util.ts";

const compressible = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

type Setting = [name: string, compress: (body: Uint8Array) => Uint8Array];
const settings: Setting[] = [
  ["gzip 9", (body) => gzipSync(body, { level: 9 })],
  ...[11, 10, 9, 7, 5, 4].map((quality): Setting => [
    `brotli ${quality}`,
    (body) =>
      brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      }),
  ]),
];

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export function compressionReport(dist: string): string {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && compressible.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ html: path.endsWith(".html"), body: readFileSync(path) }))
    .filter(({ body }) => body.byteLength >= 512);
  const pages = files.filter((f) => f.html);
  const assets = files.filter((f) => !f.html);
  const raw = (list: typeof files) => list.reduce((sum, f) => sum + f.body.byteLength, 0);
  const rows = settings.map(([name, compress]) => {
    const measure = (list: typeof files) => {
      const started = cpuMs();
      const bytes = list.reduce((sum, f) => sum + compress(f.body).byteLength, 0);
      return { ms: cpuMs() - started, bytes };
    };
    const [p, a] = [measure(pages), measure(assets)];
    return [
      name,
      fixed(p.ms / pages.length, 2),
      `${int(p.bytes / pages.length)} (${fixed((100 * p.bytes) / raw(pages))} %)`,
      fixed(a.ms / assets.length, 2),
      `${int(a.bytes)} (${fixed((100 * a.bytes) / raw(assets))} %)`,
    ];
  });
  return [
    `${int(pages.length)} HTML pages (${int(raw(pages) / pages.length)} B each on average) and ` +
    `${int(assets.length)} other files (${int(raw(assets))} B) from ${
      dist.replace(`${root}/`, "")
    }; ` +
    `load average ${fixed(Deno.loadavg()[0])} at the end.`,
    table([
      "setting",
      "CPU ms per page",
      "bytes per page (of raw)",
      "CPU ms per other file",
      "other files, bytes (of raw)",
    ], rows),
  ].join("\n\n");
}

if (import.meta.main) {
  console.log(compressionReport(Deno.args[0] ?? `${root}/bench/work/dist-1000`));
}
