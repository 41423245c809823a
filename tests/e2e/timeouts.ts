// Time limits from the work a test does, so that on a slow or shared machine a long test gets time
// in proportion instead of outgrowing one fixed limit. Each figure is about ten times what it took
// with the machine's two cores loaded by 15 runnable processes (README, "How long the tests take").

/** Starting a browser page or context, a server, and the checks around them. */
export const setupTime = 30_000;
/** One page opened and checked (0.3 to 0.6 s under that load). */
export const perPage = 5_000;
/** One search typed on an open search page and its results read (about 0.4 s). */
export const perQuery = 4_000;
/** One file the service worker downloads and stores when it installs (about 0.1 s). */
export const perCachedFile = 1_000;
/** One page of an Astro build with its Pagefind index (about 0.4 s). */
export const perBuiltPage = 4_000;

/** The time for `setupTime` plus `count` pieces of work taking `each`. */
export function timeFor(count: number, each: number): number {
  return setupTime + count * each;
}
