import { cacheControl, revalidate } from "./caching.ts";
import { kindOf, securityHeaders } from "./headers.ts";
import { contentType } from "./mime.ts";
import { etagMatches, negotiateEncoding } from "./negotiation.ts";
import { type Encoding, encodings, type SiteFiles } from "./site.ts";

export const notFoundCaching = "no-store";

export type Respond = (request: Request, head: boolean) => Response;

type HeaderMap = Record<string, string>;

/**
 * One encoding of one file, each response built on first use and cloned per request. Deno
 * validates each header when a Response is constructed; cloning a prebuilt one skips that
 * (measured with wrk on a guide page: 49k req/s cloned vs 26k req/s constructed with the same 15
 * headers).
 */
interface Prepared {
  etag: string;
  ok: () => Response;
  head: () => Response;
  notModified: () => Response;
}

/**
 * What a prebuilt Response holds besides its body, in bytes (measured with 10,000 of them: about
 * 8 KB resident each with 15 headers, 3 KB without a body), counted against a thread's budget.
 */
export const responseCost = 8192;
export const emptyResponseCost = 3072;

/**
 * Deno keeps a native copy of a new Response's headers, to send that very Response fast; it is
 * never used here (a clone does not carry it) and is freed only after a garbage collection finds
 * the Response gone. Reading `headers` frees it at once: answers built for one request then cost
 * a crawl of 20,000 files a few MiB instead of tens.
 */
export function lean(response: Response): Response {
  void response.headers;
  return response;
}

/** What a file's answers depend on besides its bytes. */
interface Shape {
  status: 200 | 404;
  path: string;
  /** The file has .br or .gz siblings, so answers vary on Accept-Encoding. */
  negotiated: boolean;
  /** The file is revalidated, so answers carry an ETag and honour If-None-Match. */
  conditional: boolean;
}

/** The responses for one encoding; `grew` hears of the bytes each holds when it is built. */
function prepare(
  files: SiteFiles,
  i: number,
  encoding: Encoding,
  shape: Shape,
  grew: (bytes: number) => void,
): Prepared {
  const { status, path, negotiated, conditional } = shape;
  const etag = files.etag(i, encoding);
  const type = contentType(path);
  const caching: HeaderMap = {
    "cache-control": status === 200 ? cacheControl(path) : notFoundCaching,
    ...(negotiated ? { "vary": "Accept-Encoding" } : {}),
    ...(conditional ? { "etag": etag } : {}),
  };
  const headers: HeaderMap = {
    ...Object.fromEntries(securityHeaders(kindOf(path, type))),
    "content-type": type,
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    ...caching,
  };
  const size = files.size(i, encoding);
  const once = (cost: number, build: () => Response) => {
    let built: Response | undefined;
    return () => {
      if (built === undefined) {
        built = build();
        grew(cost);
      }
      return built;
    };
  };
  return {
    etag,
    ok: once(
      size + responseCost,
      () => lean(new Response(files.body(i, encoding), { status, headers })),
    ),
    // Deno sets content-length for a body; a HEAD answer states the length GET would send.
    head: once(emptyResponseCost, () =>
      new Response(null, {
        status,
        headers: { ...headers, "content-length": String(size) },
      })),
    // A 304 updates the browser's stored copy, which keeps every header it does not repeat.
    notModified: once(
      emptyResponseCost,
      () => new Response(null, { status: 304, headers: caching }),
    ),
  };
}

/**
 * Builds the function that answers for file `i`, reading only the request headers it needs.
 * Each response is built when first asked for and kept; `grew` hears of the bytes it holds.
 */
export function answersFor(
  files: SiteFiles,
  i: number,
  status: 200 | 404,
  grew: (bytes: number) => void,
): Respond {
  const path = files.paths[i];
  const available: Partial<Record<Encoding, true>> = {};
  for (const encoding of encodings) if (files.has(i, encoding)) available[encoding] = true;
  const shape: Shape = {
    status,
    path,
    negotiated: Object.keys(available).length > 1,
    // Validators only where a browser revalidates: a hashed file is never asked about again,
    // and a 404 is not stored at all.
    conditional: status === 200 && cacheControl(path) === revalidate,
  };
  const prepared: Partial<Record<Encoding, Prepared>> = {};
  const preparedFor = (encoding: Encoding): Prepared =>
    prepared[encoding] ??= prepare(files, i, encoding, shape, grew);
  const { negotiated, conditional } = shape;
  // Every request header read costs a call into Deno: files with one encoding and no validator
  // (Pagefind's chunks, fonts, images) read none besides Host.
  const single = negotiated ? undefined : preparedFor("identity");
  if (single && !conditional) return (_request, head) => (head ? single.head : single.ok)().clone();
  // The last Accept-Encoding value seen and what it chose: clients repeat the same few strings,
  // and comparing one costs less than looking it up (measured: 2k instructions per request).
  let lastAccept: string | null = null;
  let lastChoice: Prepared | undefined;
  return (request, head) => {
    const headers = request.headers;
    let variant = single;
    if (variant === undefined) {
      const accept = headers.get("accept-encoding");
      if (accept !== lastAccept || lastChoice === undefined) {
        lastAccept = accept;
        lastChoice = preparedFor(negotiateEncoding(accept, available));
      }
      variant = lastChoice;
    }
    if (conditional) {
      const ifNoneMatch = headers.get("if-none-match");
      if (ifNoneMatch !== null && etagMatches(ifNoneMatch, variant.etag)) {
        return variant.notModified().clone();
      }
    }
    return (head ? variant.head : variant.ok)().clone();
  };
}
