import { answersFor, lean, notFoundCaching } from "./answers.ts";
import { everywhere, securityHeaders } from "./headers.ts";
import { notFoundListOf } from "./not-found.ts";
import { targetFinder } from "./request-target.ts";
import { type Site, SiteFiles } from "./site.ts";
import { WarmAnswers } from "./warm.ts";

const maxPathLength = 2048;
const redirectCaching = "public, max-age=300";
/** Bytes of prebuilt answers each thread keeps (server/warm.ts): all of today's site, in one encoding. */
export const warmBudget = 4 * 1024 * 1024;

type HeaderMap = Record<string, string>;

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
  const get = lean(new Response(message, { status, headers }));
  const length = String(new TextEncoder().encode(message).byteLength);
  const head = new Response(null, { status, headers: { ...headers, "content-length": length } });
  return (isHead) => (isHead ? head : get).clone();
}

const badRequest = plain(400, "Bad request");
const notFound = plain(404, "Not found");
const methodNotAllowed = plain(405, "Method not allowed", { "allow": "GET, HEAD" });
const internalError = plain(500, "Internal server error");

/** The answer when the handler throws, with the same security headers. */
export function serverError(): Response {
  return internalError(false);
}

/**
 * One log line for an error, whatever it holds: a stack trace per request would flood the log.
 * With the request it was answering, the line says 500 and names it.
 */
export function logError(error: unknown, method = "", url = ""): void {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const where = method ? `500 ${method} ${JSON.stringify(url)}` : "error";
  console.error(`${new Date().toISOString()} ${where}: ${what.replace(/\s+/g, " ")}`);
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

/** A Request -> Response handler serving a built site from (shared) memory. */
export function createHandler(
  site: Site,
  budget = warmBudget,
): (request: Request) => Response {
  const files = new SiteFiles(site);
  const warm = new WarmAnswers(files, budget);
  // Every file by its path, and every folder index also by its folder ("/guides/x/").
  const routes = new Map<string, number>();
  files.paths.forEach((path, i) => {
    routes.set(path, i);
    if (path.endsWith("/index.html")) routes.set(path.slice(0, -"index.html".length), i);
  });
  // The 404 pages' answers are kept whatever the budget: few files, asked for all the time. The
  // build lists each language's by the path prefix it answers.
  const notFound404 = notFoundListOf(files).flatMap(({ prefix, file }) => {
    const i = routes.get(file);
    return i === undefined ? [] : [{ prefix, respond: answersFor(files, i, 404, () => {}) }];
  });

  const targetStart = targetFinder();

  function answer(request: Request, method: string, url: string): Response {
    const head = method === "HEAD";
    if (method !== "GET" && !head) return methodNotAllowed(false);
    const start = targetStart(url, request.headers.get("host"));
    if (start < 0) return badRequest(head);
    const queryStart = url.indexOf("?", start);
    const rawPath = queryStart < 0 ? url.slice(start) : url.slice(start, queryStart);
    // Fast path: a path that names a file exactly is safe, as every key came from dist/ itself.
    const exact = routes.get(rawPath);
    if (exact !== undefined) return warm.respond(exact)(request, head);

    const path = safePath(rawPath);
    if (path === undefined) return badRequest(head);
    const decoded = routes.get(path);
    if (decoded !== undefined) return warm.respond(decoded)(request, head);

    // Folders are addressed with a trailing slash, as the site's links and sitemap use them.
    if (!path.endsWith("/") && routes.has(`${path}/`)) {
      // The query is passed on as sent, minus anything a header value cannot carry: whole
      // characters are percent-encoded (the u flag keeps an emoji's two halves together).
      const query = queryStart < 0 ? "" : url.slice(queryStart).toWellFormed();
      return redirect(encodeURI(`${path}/`) + query.replace(/[^\x21-\x7e]/gu, encodeURIComponent));
    }

    const page = notFound404.find(({ prefix }) => path.startsWith(prefix));
    return page ? page.respond(request, head) : notFound(head);
  }

  return (request: Request): Response => {
    const method = request.method;
    const url = request.url;
    try {
      return answer(request, method, url);
    } catch (error) {
      logError(error, method, url);
      return serverError();
    }
  };
}
