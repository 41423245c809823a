import { revalidate } from "./caching.ts";
import { everywhere, securityHeaders } from "./headers.ts";
import type { Asset, Encoding, Site } from "./site.ts";

const maxPathLength = 2048;
const redirectCaching = "public, max-age=300";
const notFoundCaching = "no-store";

type HeaderMap = Record<string, string>;
type Respond = (request: Request, head: boolean) => Response;

/**
 * One encoding of one file, with every response it can need built once. Deno validates each
 * header when a Response is constructed; cloning a prebuilt one skips that (measured with wrk on
 * a guide page: 49k req/s cloned vs 26k req/s constructed with the same 15 headers).
 */
interface Prepared {
  etag: string;
  ok: Response;
  head: Response;
  notModified: Response;
}

/** What a file's answers depend on besides its bytes. */
interface Shape {
  status: 200 | 404;
  /** The file has .br or .gz siblings, so answers vary on Accept-Encoding. */
  negotiated: boolean;
  /** The file is revalidated, so answers carry an ETag and honour If-None-Match. */
  conditional: boolean;
}

function prepare(asset: Asset, encoding: Encoding, shape: Shape): Prepared {
  const variant = asset.variants[encoding]!;
  const { status, negotiated, conditional } = shape;
  const caching: HeaderMap = {
    "cache-control": status === 200 ? asset.cacheControl : notFoundCaching,
    ...(negotiated ? { "vary": "Accept-Encoding" } : {}),
    ...(conditional ? { "etag": variant.etag } : {}),
  };
  const headers: HeaderMap = {
    ...Object.fromEntries(securityHeaders(asset.kind)),
    "content-type": asset.type,
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    ...caching,
  };
  return {
    etag: variant.etag,
    ok: new Response(variant.body, { status, headers }),
    // Deno sets content-length for a body; a HEAD answer states the length GET would send.
    head: new Response(null, {
      status,
      headers: { ...headers, "content-length": String(variant.body.byteLength) },
    }),
    // A 304 updates the browser's stored copy, which keeps every header it does not repeat.
    notModified: new Response(null, { status: 304, headers: caching }),
  };
}

/** Builds the function that answers for one file, reading only the request headers it needs. */
function responder(asset: Asset, status: 200 | 404): Respond {
  const encodings = Object.keys(asset.variants) as Encoding[];
  const shape: Shape = {
    status,
    negotiated: encodings.length > 1,
    // Validators only where a browser revalidates: a hashed file is never asked about again,
    // and a 404 is not stored at all.
    conditional: status === 200 && asset.cacheControl === revalidate,
  };
  const prepared: Partial<Record<Encoding, Prepared>> = {};
  for (const encoding of encodings) prepared[encoding] = prepare(asset, encoding, shape);
  const identity = prepared.identity!;
  const { negotiated, conditional } = shape;
  // Deno answers fastest when a handler never looks at request.headers: files with one encoding
  // and no validator (Pagefind's chunks, fonts, images) skip it.
  if (!negotiated && !conditional) {
    return (_request, head) => (head ? identity.head : identity.ok).clone();
  }
  // The last Accept-Encoding value seen and what it chose: clients repeat the same few strings,
  // and comparing one costs less than looking it up (measured: 2k instructions per request).
  let lastAccept: string | null = null;
  let lastChoice = identity;
  return (request, head) => {
    const headers = request.headers;
    let variant = identity;
    if (negotiated) {
      const accept = headers.get("accept-encoding");
      if (accept !== lastAccept) {
        lastAccept = accept;
        lastChoice = prepared[negotiateEncoding(accept, prepared)]!;
      }
      variant = lastChoice;
    }
    if (conditional) {
      const ifNoneMatch = headers.get("if-none-match");
      if (ifNoneMatch !== null && etagMatches(ifNoneMatch, variant.etag)) {
        return variant.notModified.clone();
      }
    }
    return (head ? variant.head : variant.ok).clone();
  };
}

type Weights = Record<Encoding, number>;

/** Accept-Encoding header values seen so far and their weights; browsers send a handful. */
const weightsCache = new Map<string, Weights>();

/** The q-value the client gives each encoding (RFC 9110 12.5.3); 0 means "not acceptable". */
function parseAcceptEncoding(value: string): Weights {
  const cached = weightsCache.get(value);
  if (cached) return cached;
  const listed = new Map<string, number>();
  for (const part of value.toLowerCase().split(",")) {
    const [name, ...params] = part.split(";").map((p) => p.trim());
    const q = params.find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    listed.set(name, Number.isFinite(weight) && weight >= 0 && weight <= 1 ? weight : 0);
  }
  const star = listed.get("*");
  const weights: Weights = {
    br: listed.get("br") ?? star ?? 0,
    gzip: listed.get("gzip") ?? listed.get("x-gzip") ?? star ?? 0,
    // Unlisted, identity is the last resort: acceptable unless "*;q=0" refuses it, but below any
    // encoding the client weighs above 0.
    identity: listed.get("identity") ?? (star === 0 ? 0 : Number.MIN_VALUE),
  };
  if (weightsCache.size > 256) weightsCache.clear(); // bounded: clients choose these strings
  weightsCache.set(value, weights);
  return weights;
}

/** Smallest first: among encodings the client weighs equally, the smaller body wins. */
const bySize: Encoding[] = ["br", "gzip", "identity"];

/**
 * Picks the encoding the client weighs highest among those the file has; a tie goes to the
 * smaller. When the client accepts none of them, the header is disregarded and the file is sent
 * unencoded, as RFC 9110 12.5.3 allows.
 */
export function negotiateEncoding(
  acceptEncoding: string | null,
  available: Partial<Record<Encoding, unknown>>,
): Encoding {
  if (acceptEncoding === null) return "identity";
  const weights = parseAcceptEncoding(acceptEncoding);
  let best: Encoding = "identity";
  let bestWeight = 0;
  for (const encoding of bySize) {
    if (available[encoding] && weights[encoding] > bestWeight) {
      best = encoding;
      bestWeight = weights[encoding];
    }
  }
  return best;
}

/** Decodes and checks a request path; undefined means the client sent something we refuse. */
export function safePath(rawPath: string): string | undefined {
  if (rawPath.length > maxPathLength) return undefined;
  // An encoded slash or backslash would let one segment pose as two; no file name has one.
  if (/%(?:2f|5c)/i.test(rawPath)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined; // malformed percent-encoding
  }
  // No NUL or other control characters, no backslashes, no dot segments.
  // deno-lint-ignore no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return undefined;
  if (path.split("/").some((segment) => segment === ".." || segment === ".")) return undefined;
  return path;
}

/** If-None-Match with weak comparison (RFC 9110 13.1.2). */
function etagMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** A short plain-text answer (errors), built once for GET and once for HEAD. */
function plain(
  status: number,
  message: string,
  extra: HeaderMap = {},
): (head: boolean) => Response {
  const headers = {
    ...Object.fromEntries(securityHeaders("document")),
    "content-type": "text/plain; charset=utf-8",
    "cache-control": notFoundCaching,
    ...extra,
  };
  const get = new Response(message, { status, headers });
  const length = String(new TextEncoder().encode(message).byteLength);
  const head = new Response(null, { status, headers: { ...headers, "content-length": length } });
  return (isHead) => (isHead ? head : get).clone();
}

const badRequest = plain(400, "Bad request");
const notFound = plain(404, "Not found");
const methodNotAllowed = plain(405, "Method not allowed", { "allow": "GET, HEAD" });
const internalError = plain(500, "Internal server error");

/** Deno.serve's onError: the answer when the handler throws, with the same security headers. */
export function serverError(): Response {
  return internalError(false);
}

/** Where the path starts in a request URL ("http://host:port/path?query"). */
const pathStart = (url: string) => url.indexOf("/", url.indexOf("//") + 2);

/** The path of a request URL, without parsing it into a URL object. */
function pathOf(url: string): string {
  const start = pathStart(url);
  const query = url.indexOf("?", start);
  return query < 0 ? url.slice(start) : url.slice(start, query);
}

/** The query of a request URL, with its "?", or "". */
function queryOf(url: string): string {
  const query = url.indexOf("?", pathStart(url));
  return query < 0 ? "" : url.slice(query);
}

function redirect(location: string): Response {
  return new Response(null, {
    status: 301,
    headers: {
      ...Object.fromEntries(everywhere),
      "location": location,
      "cache-control": redirectCaching,
    },
  });
}

/** The build's list of not-found pages; a site without one has its root /404.html only. */
function notFoundListOf(site: Site): { prefix: string; file: string }[] {
  const listed = site.get("/not-found.json")?.variants.identity?.body;
  return listed
    ? JSON.parse(new TextDecoder().decode(listed))
    : [{ prefix: "/", file: "/404.html" }];
}

/** A Request -> Response handler serving a built site from memory. */
export function createHandler(site: Site): (request: Request) => Response {
  // Every file by its path, and every folder index also by its folder ("/guides/x/").
  const routes = new Map<string, Respond>();
  for (const [path, asset] of site) {
    const respond = responder(asset, 200);
    routes.set(path, respond);
    if (path.endsWith("/index.html")) routes.set(path.slice(0, -"index.html".length), respond);
  }
  // Only the not-found pages get 404 responses prepared: the build lists each language's by the
  // path prefix it answers (dist/not-found.json, languages first, the root last).
  const notFoundPages: [prefix: string, Respond][] = [];
  for (const { prefix, file } of notFoundListOf(site)) {
    const asset = site.get(file);
    if (asset) notFoundPages.push([prefix, responder(asset, 404)]);
  }

  return (request: Request): Response => {
    const method = request.method;
    const head = method === "HEAD";
    if (method !== "GET" && !head) return methodNotAllowed(false);
    const url = request.url;
    const rawPath = pathOf(url);
    // Fast path: a path that names a file exactly is safe, as every key came from dist/ itself.
    const exact = routes.get(rawPath);
    if (exact) return exact(request, head);

    const path = safePath(rawPath);
    if (path === undefined) return badRequest(head);
    const decoded = routes.get(path);
    if (decoded) return decoded(request, head);

    // Folders are addressed with a trailing slash, as the site's links and sitemap use them.
    if (!path.endsWith("/") && routes.has(`${path}/`)) {
      // The query is passed on as sent, minus anything a header value cannot carry.
      const safeQuery = queryOf(url).replace(/[^\x21-\x7e]/g, encodeURIComponent);
      return redirect(encodeURI(`${path}/`) + safeQuery);
    }

    const page = notFoundPages.find(([prefix]) => path.startsWith(prefix))?.[1];
    return page ? page(request, head) : notFound(head);
  };
}
