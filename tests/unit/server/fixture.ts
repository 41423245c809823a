import { brotliCompressSync, gzipSync } from "node:zlib";
import { createHandler } from "../../../server/handler.ts";
import { loadSite } from "../../../server/site.ts";

// A small dist/ in a temp folder, named as Astro and Pagefind name their files, served by the
// real loader and handler: in process through Request objects, and over TCP for raw requests.

export const files: Record<string, string> = {
  "/index.html": "<!doctype html><title>Home</title>",
  "/404.html": "<!doctype html><title>Not found</title>",
  "/es/404/index.html": "<!doctype html><title>No encontrada</title>",
  // As the build writes it (src/integrations/not-found.ts): which 404 page answers which paths.
  "/not-found.json": JSON.stringify([
    { prefix: "/es/", file: "/es/404/index.html" },
    { prefix: "/", file: "/404.html" },
  ]),
  "/guides/escrow/index.html": `<!doctype html><title>Escrow</title>${"escrow ".repeat(300)}`,
  "/sitemap-index.xml": "<?xml version='1.0'?><sitemapindex></sitemapindex>",
  "/favicon.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
  "/robots.txt": "User-agent: *",
  "/sw.js": "self.addEventListener('fetch', () => {});",
  "/_astro/Base.Ch0PtbC6.css": `body{color:#111}${".x{margin:0}".repeat(100)}`,
  "/_astro/client.Bu8v_p1Y.js": "export const x = 1;",
  "/_astro/inter.Dx4kTq2B.woff2": "wOF2",
  "/pagefind/pagefind.js": "export async function search() {}",
  "/pagefind/pagefind-worker.js": "onmessage = () => {};",
  "/pagefind/pagefind-ui.js": "// ui",
  "/pagefind/pagefind-ui.css": ".pagefind-ui{}",
  "/pagefind/pagefind-entry.json": '{"version":"1.6.0"}',
  "/pagefind/wasm.en.pagefind": "wasm",
  "/pagefind/pagefind.en_f4f45f77fa.pf_meta": "meta",
  "/pagefind/index/en_8abfe5b.pf_index": "index chunk",
  "/pagefind/fragment/en_14d0f46.pf_fragment": "fragment",
  "/pagefind/filter/en_c0dd1fe.pf_filter": "filter",
};

/** Files the build precompresses (Astro's step writes .br and .gz next to text files). */
const compressed = ["/index.html", "/guides/escrow/index.html", "/_astro/Base.Ch0PtbC6.css"];
/** One with only a gzip sibling, to check negotiation among what a file really has. */
const gzipOnly = ["/pagefind/pagefind.js"];

export const dist = await Deno.makeTempDir({ prefix: "help-dist-" });
for (const [path, text] of Object.entries(files)) {
  await Deno.mkdir(dist + path.slice(0, path.lastIndexOf("/")), { recursive: true });
  await Deno.writeTextFile(dist + path, text);
  if (compressed.includes(path) || gzipOnly.includes(path)) {
    await Deno.writeFile(`${dist}${path}.gz`, gzipSync(text));
  }
  if (compressed.includes(path)) {
    await Deno.writeFile(`${dist}${path}.br`, brotliCompressSync(text));
  }
}

/** A file outside dist/ that no request may ever reach. */
export const secret = "TOP-SECRET-OUTSIDE-DIST";
export const outside = await Deno.makeTempFile({ prefix: "secret-" });
await Deno.writeTextFile(outside, secret);

globalThis.addEventListener("unload", () => {
  Deno.removeSync(dist, { recursive: true });
  Deno.removeSync(outside);
});

export const handle = createHandler(loadSite(dist));

/** Calls the handler in process; fetch-style URL normalisation applies. */
export const get = (path: string, init: RequestInit = {}) =>
  handle(new Request(`http://localhost${path}`, init));

/** Serves the fixture on a free loopback port for the length of `body`. */
export async function withServer(body: (port: number) => Promise<void>): Promise<void> {
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen: () => {} }, handle);
  try {
    await body(server.addr.port);
  } finally {
    await server.shutdown();
  }
}

export const decoder = new TextDecoder();
