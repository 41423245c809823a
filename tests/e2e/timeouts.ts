// Time limits from the work a test does, so that on a slow or shared machine a long test gets time
// in proportion instead of outgrowing one fixed limit. Times in the comments were measured on two
// cores with a load average of 8 to 25 (other runs sharing the machine).

/** Starting a page, a browser context or a server, and the checks around them. */
export const setupTime = 30_000;
/** One page opened and checked (0.4 to 2.2 s). */
export const perPage = 5_000;
/** One search typed on an open search page and its results read (0.1 to 0.3 s; 4 s cold). */
export const perQuery = 4_000;
/** One file the service worker downloads and stores when it installs (under 0.05 s). */
export const perCachedFile = 250;
/** One page of an Astro build with its Pagefind index (about 0.4 s). */
export const perBuiltPage = 4_000;

/** `setupTime` plus `count` pieces of work taking `each`. */
export function timeFor(count: number, each: number): number {
  return setupTime + count * each;
}
