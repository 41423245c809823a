/**
 * Security headers, each sent only on the responses where a browser acts on it. Every header
 * costs throughput on every response (measured: 14 headers instead of 6 cost Deno.serve about
 * 20%), so a header that does nothing on a stylesheet, a font or an index chunk is not sent there.
 */

/**
 * On every response, whatever it holds:
 * - HSTS: a browser records it from any HTTPS response, and a first visit can start at any URL.
 * - nosniff: a script or stylesheet with the wrong type is refused instead of guessed, and no
 *   response is sniffed into HTML.
 * - CORP same-origin: keeps another site from embedding or reading any of our files (Spectre).
 */
export const everywhere: [string, string][] = [
  ["strict-transport-security", "max-age=63072000; includeSubDomains"],
  ["x-content-type-options", "nosniff"],
  ["cross-origin-resource-policy", "same-origin"],
];

/**
 * On documents: HTML pages, plus SVG and XML, which a browser also renders (and can run script
 * in) when opened directly, and the plain-text error answers a browser shows as a page.
 * - CSP: the page's own <meta> policy (hashed by Astro) governs scripts and styles; the header adds
 *   only what a meta policy cannot express, so the two never contradict.
 * - X-Frame-Options: frame-ancestors for browsers that predate it.
 * - Referrer-Policy: requests a page makes. A stylesheet's own requests (fonts, images) are held to
 *   'self' by the page's CSP, so a referrer there tells nothing to anyone else.
 * - Permissions-Policy and COOP: browsers read them from a document's response only.
 */
export const documentOnly: [string, string][] = [
  [
    "content-security-policy",
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  ],
  ["x-frame-options", "DENY"],
  ["referrer-policy", "no-referrer"],
  [
    "permissions-policy",
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  ],
  ["cross-origin-opener-policy", "same-origin"],
];

/**
 * On scripts that run as workers. A worker does not inherit the page's policy: it takes the CSP of
 * its own script's response, so without one it could fetch or import anything. Pagefind's worker
 * fetches index chunks from this origin and compiles WebAssembly; a service worker fetches pages.
 * Frame, permissions and opener policies are not read from a worker's response.
 */
export const workerOnly: [string, string][] = [
  [
    "content-security-policy",
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'",
  ],
  ["referrer-policy", "no-referrer"],
];

/** Which set of headers a file gets. */
export type Kind = "document" | "worker" | "subresource";

const documentTypes = ["text/html", "image/svg+xml", "application/xml", "text/plain"];

/**
 * Workers are Pagefind's `pagefind-worker.js` (any `*worker.js`) and any script at the site root:
 * a service worker such as /sw.js must live there to control every page. Other scripts run in
 * their page, under its policy.
 */
export function isWorkerScript(path: string): boolean {
  return /^\/[^/]+\.m?js$/.test(path) || /worker\.m?js$/.test(path);
}

export function kindOf(path: string, contentType: string): Kind {
  if (isWorkerScript(path)) return "worker";
  const essence = contentType.split(";")[0];
  // robots.txt is text/plain too, but a document kind costs nothing on a file read once a day.
  return documentTypes.includes(essence) ? "document" : "subresource";
}

export function securityHeaders(kind: Kind): [string, string][] {
  if (kind === "document") return [...documentOnly, ...everywhere];
  if (kind === "worker") return [...workerOnly, ...everywhere];
  return everywhere;
}
