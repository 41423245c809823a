import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { assetsNamedBy } from "../asset-references.ts";

/** One built file as the service worker asks for it. */
export interface BuiltFile {
  /** The URL the site links to: folders as "/guides/x/", not ".../index.html". */
  url: string;
  /** The file under the build folder. */
  file: string;
  bytes: number;
  /** "sha256-<base64>", checked by the browser (fetch integrity) or the worker. */
  integrity: string;
}

/** The URL a file is requested by: index.html files by their folder. */
export function urlOf(file: string): string {
  return file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
}

/** The file a URL names: a folder's index.html. */
export function fileOf(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

/** Every file under dir, as site paths ("/guides/x/index.html"). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => "/" + relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

export function integrityOf(body: Uint8Array): string {
  return `sha256-${createHash("sha256").update(body).digest("base64")}`;
}

/** A file of the build, read and hashed; fails the build when it is missing. */
export function builtFile(dist: string, url: string): BuiltFile {
  const file = fileOf(url);
  const path = join(dist, file);
  if (!existsSync(path)) throw new Error(`offline: ${file} is not in ${dist}`);
  const body = readFileSync(path);
  return { url, file, bytes: body.byteLength, integrity: integrityOf(body) };
}

/** Every /_astro/ file the given files need, following scripts into what they import. */
export function assetClosure(dist: string, files: string[]): string[] {
  const seen = new Set<string>();
  const queue = files.flatMap((file) => assetsNamedBy(readFileSync(join(dist, file), "utf8")));
  while (queue.length) {
    const asset = queue.pop()!;
    if (seen.has(asset)) continue;
    seen.add(asset);
    if (asset.endsWith(".js")) {
      queue.push(...assetsNamedBy(readFileSync(join(dist, asset), "utf8")));
    }
  }
  return [...seen].sort();
}
