import type { WorkerBuild } from "../types.ts";
import { install } from "./install.ts";
import { Responder } from "./respond.ts";
import { Saving } from "./saving.ts";
import { worker } from "./scope.ts";
import { olderCacheNames } from "./store.ts";

// The help center's service worker. The build bundles it into /sw.js with that build's manifest
// (src/integrations/service-worker.ts); README "Offline" tells the whole design.
//
// - Install stores the shell in a cache named after the build, each file checked against its
//   SHA-256, then keeps what the borrower had from the previous build that is still the same.
// - Activate deletes every other build's cache: one build's files, never a mix.
// - Fetch answers pages network first (a few seconds, then the cache) and stores the pages and
//   files used; only GET requests to this origin are handled.
// - Messages from the guides index save or remove every guide of a language.

export function startWorker(build: WorkerBuild): void {
  const responder = new Responder(build);
  const saving = new Saving(build);

  worker.addEventListener("install", (event) => {
    event.waitUntil(install(build).then(() => worker.skipWaiting()));
  });

  worker.addEventListener("activate", (event) => {
    event.waitUntil((async () => {
      for (const older of await olderCacheNames(build.version)) await caches.delete(older);
      // The browser starts a page's request while this worker wakes up.
      await worker.registration.navigationPreload?.enable();
      await worker.clients.claim();
    })());
  });

  worker.addEventListener("fetch", (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== "GET" || url.origin !== worker.location.origin) return;
    const keep = (work: Promise<unknown>) => event.waitUntil(work.catch(() => {}));
    event.respondWith(responder.respond(event.request, event.preloadResponse, keep));
  });

  worker.addEventListener("message", (event) => {
    event.waitUntil(saving.handle(event.data));
  });
}
