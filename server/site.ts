import { cacheControl } from "./caching.ts";
import { type Kind, kindOf } from "./headers.ts";
import { contentType } from "./mime.ts";

export type Encoding = "br" | "gzip" | "identity";

/** One encoding of a file: its bytes and their entity tag. */
export interface Representation {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

export interface Asset {
  type: string;
  /** Which security headers apply (server/headers.ts). */
  kind: Kind;
  cacheControl: string;
  variants: Partial<Record<Encoding, Representation>>;
}

/** The whole built site, held in memory: reading a file per request is five times slower. */
export type Site = Map<string, Asset>;

async function hashOf(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  return Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, "0"))
    .join("");
}

async function* walk(dir: string, prefix = ""): AsyncGenerator<string> {
  for await (const entry of Deno.readDir(dir)) {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory) yield* walk(`${dir}/${entry.name}`, rel);
    else if (entry.isFile) yield rel;
  }
}

/** Loads dist/ into memory, pairing each file with its .br and .gz siblings. */
export async function loadSite(dir: string): Promise<Site> {
  const files = new Set<string>();
  for await (const path of walk(dir)) files.add(path);
  const site: Site = new Map();
  for (const path of files) {
    if (path.endsWith(".br") && files.has(path.slice(0, -3))) continue;
    if (path.endsWith(".gz") && files.has(path.slice(0, -3))) continue;
    const body = await Deno.readFile(dir + path);
    const hash = await hashOf(body);
    const variants: Asset["variants"] = {
      identity: { body, etag: `"${hash}"` },
    };
    for (const [encoding, ext] of [["br", ".br"], ["gzip", ".gz"]] as const) {
      if (!files.has(path + ext)) continue;
      const encoded = await Deno.readFile(dir + path + ext);
      variants[encoding] = { body: encoded, etag: `"${hash}-${encoding}"` };
    }
    const type = contentType(path);
    site.set(path, { type, kind: kindOf(path, type), cacheControl: cacheControl(path), variants });
  }
  return site;
}
