import type { Encoding } from "./site.ts";

// Which encoding a client gets, and whether its stored copy is still current.

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

/** If-None-Match with weak comparison (RFC 9110 13.1.2). */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
