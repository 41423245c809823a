import { securityHeaders } from "./headers.ts";
import type { Asset, Encoding, Site } from "./site.ts";

const maxPathLength = 2048;
const redirectCaching = "public, max-age=300";

/** Picks the smallest encoding the client accepts and the site has. */
export function negotiateEncoding(
  acceptEncoding: string | null,
  asset: Asset,
): Encoding {
  if (!acceptEncoding) return "identity";
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    accepted.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (asset.variants.br && ok("br")) return "br";
  if (asset.variants.gzip && ok("gzip")) return "gzip";
  return "identity";
}

/** Decodes and checks a request path; undefined means the client sent something we refuse. */
export function safePath(rawPath: string): string | undefined {
  if (rawPath.length > maxPathLength) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined; // malformed percent-encoding
  }
  // No NUL or other control characters, no backslashes, no dot segments.
  // deno-lint-ignore no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return undefined;
  if (path.split("/").some((segment) => segment === ".." || segment === ".")) {
    return undefined;
  }
  return path;
}

function etagMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function respond(
  status: number,
  headers: [string, string][],
  body: BodyInit | null,
  head: boolean,
) {
  return new Response(head ? null : body, {
    status,
    headers: [...securityHeaders, ...headers],
  });
}

function plain(
  status: number,
  message: string,
  head: boolean,
  extra: [string, string][] = [],
) {
  return respond(
    status,
    [["content-type", "text/plain; charset=utf-8"], ...extra],
    message,
    head,
  );
}

/** A Request -> Response handler serving a built site from memory. */
export function createHandler(site: Site): (request: Request) => Response {
  const notFoundPages: [string, Asset | undefined][] = [
    ["/es/", site.get("/es/404/index.html")],
    ["/", site.get("/404.html")],
  ];

  function serveAsset(
    request: Request,
    asset: Asset,
    status: number,
    head: boolean,
  ): Response {
    const encoding = negotiateEncoding(
      request.headers.get("accept-encoding"),
      asset,
    );
    const representation = asset.variants[encoding]!;
    const headers: [string, string][] = [
      ["content-type", asset.type],
      ["cache-control", status === 200 ? asset.cacheControl : "no-store"],
      ["vary", "Accept-Encoding"],
    ];
    if (status === 200) {
      headers.push(["etag", representation.etag], [
        "last-modified",
        asset.lastModified,
      ]);
      const ifNoneMatch = request.headers.get("if-none-match");
      const ifModifiedSince = request.headers.get("if-modified-since");
      const notModified = ifNoneMatch !== null
        ? etagMatches(ifNoneMatch, representation.etag)
        : ifModifiedSince !== null &&
          Date.parse(ifModifiedSince) >= Date.parse(asset.lastModified);
      if (notModified) return respond(304, headers, null, true);
    }
    if (encoding !== "identity") headers.push(["content-encoding", encoding]);
    headers.push(["content-length", String(representation.body.byteLength)]);
    return respond(status, headers, representation.body, head);
  }

  return (request: Request): Response => {
    const head = request.method === "HEAD";
    if (request.method !== "GET" && !head) {
      return plain(405, "Method not allowed", false, [["allow", "GET, HEAD"]]);
    }
    const url = new URL(request.url);
    const path = safePath(url.pathname);
    if (path === undefined) return plain(400, "Bad request", head);

    const asset = site.get(path.endsWith("/") ? `${path}index.html` : path);
    if (asset) return serveAsset(request, asset, 200, head);

    // Folders are addressed with a trailing slash, as the site's links and sitemap use them.
    if (!path.endsWith("/") && site.has(`${path}/index.html`)) {
      const location = encodeURI(`${path}/`) + url.search;
      return respond(
        301,
        [["location", location], ["cache-control", redirectCaching]],
        null,
        head,
      );
    }

    const page = notFoundPages.find(([prefix]) => path.startsWith(prefix))?.[1];
    if (page) return serveAsset(request, page, 404, head);
    return plain(404, "Not found", head);
  };
}
