import { createHash } from "node:crypto";
import { servedPaths } from "./served.ts";

/**
 * The built site, held once per process: every file's bytes in one SharedArrayBuffer that all
 * serving threads read, so memory grows with the site, not with the number of threads. Reading a
 * file from disk per request is five times slower; a copy per thread cost 2.5 times the site per
 * thread (with the copy each prebuilt Response makes). Each thread keeps only the answers it
 * serves often, built from these bytes (server/warm.ts).
 */

export type Encoding = "br" | "gzip" | "identity";
export const encodings: Encoding[] = ["identity", "gzip", "br"];
const suffixes: Record<Encoding, string> = { identity: "", gzip: ".gz", br: ".br" };

/** Plain data, posted to each thread: the buffers are shared, not copied. */
export interface Site {
  /** Every file's bytes, one encoding after another. */
  bodies: SharedArrayBuffer;
  /** Per file, for identity, gzip and br in that order: offset and length, or -1 and 0. */
  spans: SharedArrayBuffer;
  /** Per file, the first 12 bytes of the SHA-256 of its identity bytes: its entity tag. */
  hashes: SharedArrayBuffer;
  /** The files' paths ("/guides/x/index.html"), in order, separated by NUL. */
  paths: string;
}

const hashBytes = 12;

function walk(dir: string, prefix = ""): string[] {
  return [...Deno.readDirSync(dir)].flatMap((entry) => {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory) return walk(`${dir}/${entry.name}`, rel);
    return entry.isFile ? [rel] : [];
  });
}

/** Reads one file into `into` exactly; a file that changed size since it was listed is an error. */
function readInto(path: string, into: Uint8Array): void {
  using file = Deno.openSync(path);
  let filled = 0;
  while (filled < into.byteLength) {
    const n = file.readSync(into.subarray(filled));
    if (n === null) break;
    filled += n;
  }
  if (filled !== into.byteLength || file.readSync(new Uint8Array(1)) !== null) {
    throw new Error(`${path} changed while the site was loading`);
  }
}

/** Loads dist/ into shared memory, pairing each file with its .br and .gz siblings. */
export function loadSite(dir: string): Site {
  const all = new Set(walk(dir));
  const paths = servedPaths(all);
  const spans = new Float64Array(new SharedArrayBuffer(paths.length * 6 * 8));
  let total = 0;
  paths.forEach((path, i) => {
    encodings.forEach((encoding, e) => {
      const file = path + suffixes[encoding];
      const size = encoding === "identity" || all.has(file) ? Deno.statSync(dir + file).size : -1;
      spans[i * 6 + e * 2] = size < 0 ? -1 : total;
      spans[i * 6 + e * 2 + 1] = Math.max(size, 0);
      total += Math.max(size, 0);
    });
  });
  const bodies = new Uint8Array(new SharedArrayBuffer(total));
  const hashes = new Uint8Array(new SharedArrayBuffer(paths.length * hashBytes));
  paths.forEach((path, i) => {
    encodings.forEach((encoding, e) => {
      const offset = spans[i * 6 + e * 2];
      if (offset < 0) return;
      const bytes = bodies.subarray(offset, offset + spans[i * 6 + e * 2 + 1]);
      readInto(dir + path + suffixes[encoding], bytes);
      if (encoding === "identity") {
        hashes.set(
          createHash("sha256").update(bytes).digest().subarray(0, hashBytes),
          i * hashBytes,
        );
      }
    });
  });
  return {
    bodies: bodies.buffer,
    spans: spans.buffer as SharedArrayBuffer,
    hashes: hashes.buffer,
    paths: paths.join("\0"),
  };
}

/** One thread's view of the shared site. */
export class SiteFiles {
  readonly paths: string[];
  readonly #bodies: Uint8Array<SharedArrayBuffer>;
  readonly #spans: Float64Array;
  readonly #hashes: Uint8Array<SharedArrayBuffer>;

  constructor(site: Site) {
    this.paths = site.paths === "" ? [] : site.paths.split("\0");
    this.#bodies = new Uint8Array(site.bodies);
    this.#spans = new Float64Array(site.spans);
    this.#hashes = new Uint8Array(site.hashes);
  }

  /** The encodings file `i` has: always identity, and gzip and br where the build wrote them. */
  has(i: number, encoding: Encoding): boolean {
    return this.#spans[i * 6 + encodings.indexOf(encoding) * 2] >= 0;
  }

  /** The byte length of one encoding. */
  size(i: number, encoding: Encoding): number {
    return this.#spans[i * 6 + encodings.indexOf(encoding) * 2 + 1];
  }

  /** A private copy of one encoding's bytes (a Response cannot hold shared memory). */
  body(i: number, encoding: Encoding): Uint8Array<ArrayBuffer> {
    const e = encodings.indexOf(encoding);
    const offset = this.#spans[i * 6 + e * 2];
    return this.#bodies.slice(offset, offset + this.#spans[i * 6 + e * 2 + 1]);
  }

  /** The strong entity tag of one encoding: the identity bytes' hash, plus the encoding. */
  etag(i: number, encoding: Encoding): string {
    const hash = Array.from(
      this.#hashes.subarray(i * hashBytes, (i + 1) * hashBytes),
      (b) => b.toString(16).padStart(2, "0"),
    ).join("");
    return encoding === "identity" ? `"${hash}"` : `"${hash}-${encoding}"`;
  }
}
