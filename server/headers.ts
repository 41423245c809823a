/**
 * Headers on every response. The page's own <meta> CSP (hashed by Astro) governs scripts and
 * styles; this header adds only what a meta policy cannot express, so the two never contradict.
 */
export const securityHeaders: [string, string][] = [
  [
    "content-security-policy",
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  ],
  ["strict-transport-security", "max-age=63072000; includeSubDomains"],
  ["x-content-type-options", "nosniff"],
  ["x-frame-options", "DENY"],
  ["referrer-policy", "no-referrer"],
  [
    "permissions-policy",
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  ],
  ["cross-origin-opener-policy", "same-origin"],
  ["cross-origin-resource-policy", "same-origin"],
];

const immutable = "public, max-age=31536000, immutable";
const revalidate = "public, max-age=300, must-revalidate";

/** Astro's /_astro/ files and Pagefind's chunks carry a content hash in their names. */
export function cacheControl(path: string): string {
  if (path.startsWith("/_astro/")) return immutable;
  if (/^\/pagefind\/.*_[0-9a-f]{7,}\.pf_\w+$/.test(path)) return immutable;
  return revalidate;
}
