// The help center's service worker: after one visit, every page, its CSS and JS, the contact widget
// and the Pagefind index of every language work without a connection.
//
// - Install stores this build's files in a cache of its own, each checked against its SHA-256
//   (fetch integrity), reusing an unchanged file from the previous build's cache instead of
//   downloading it again. One failure fails the install and the previous build keeps working.
// - Activate deletes every other build's cache: one build's files, never a mix.
// - Pages and unhashed files (Pagefind's script, worker and entry) come from the network while it
//   answers, so a page and everything it loads come from the same deployed build; from this
//   build's cache when it does not. Files with a content hash in their name are the same bytes in
//   every build, so they are answered from the cache first.
// - Only GET requests to this origin are handled; nothing from another origin is ever stored.

// src/integrations/service-worker.ts replaces this line with the build's version, its files, the
// pattern of content-hashed paths (server/caching.ts) and each language's not-found page by prefix.
const build = { version: "dev", files: [], hashed: "^$", notFound: [] }; // precache

const cachePrefix = "help-center-";
const cacheName = cachePrefix + build.version;
const hashed = new RegExp(build.hashed);
/** Downloads at once during install: a browser opens about six connections per host anyway. */
const parallel = 6;

async function integrityOf(response) {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  return "sha256-" + btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** Fills this build's cache; a file already cached with the same hash is copied, not fetched. */
async function precache() {
  const cache = await caches.open(cacheName);
  const queue = [...build.files];
  const work = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [url, integrity] = next;
      const kept = await caches.match(url);
      if (kept && (await integrityOf(kept)) === integrity) {
        await cache.put(url, kept);
        continue;
      }
      // no-cache: revalidate with the server, so the HTTP cache never hands back an older file.
      const response = await fetch(url, { integrity, cache: "no-cache" });
      if (!response.ok || response.redirected) {
        throw new Error(`precache: ${url} answered ${response.status}`);
      }
      await cache.put(url, response);
    }
  };
  await Promise.all(Array.from({ length: parallel }, work));
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
    }
    // The browser starts a page's request while this worker wakes up.
    await self.registration.navigationPreload?.enable();
    await self.clients.claim();
  })());
});

/** The network's answer, or the fallback's when the network cannot be reached. */
async function networkFirst(fromNetwork, fallback) {
  try {
    return await fromNetwork();
  } catch {
    return (await fallback()) ?? Response.error();
  }
}

/** A page from the cache: the page itself, its folder URL with a slash, or the 404 page. */
async function cachedPage(cache, url) {
  const path = url.pathname.replace(/\/index\.html$/, "/");
  const page = await cache.match(path);
  if (page) return page;
  if (!path.endsWith("/") && await cache.match(path + "/")) {
    return Response.redirect(new URL(path + "/" + url.search, url), 301);
  }
  const [, notFoundUrl] = build.notFound.find(([prefix]) => path.startsWith(prefix)) ?? [];
  const notFound = notFoundUrl && await cache.match(notFoundUrl);
  return notFound && new Response(notFound.body, { status: 404, headers: notFound.headers });
}

async function respond(event, url) {
  const { request } = event;
  const cache = await caches.open(cacheName);
  if (request.mode === "navigate") {
    return networkFirst(
      async () => (await event.preloadResponse) ?? fetch(request),
      () => cachedPage(cache, url),
    );
  }
  // The server ignores query strings (Pagefind adds ?ts= to its entry), so the cache does too.
  if (hashed.test(url.pathname)) return (await cache.match(url.pathname)) ?? fetch(request);
  return networkFirst(() => fetch(request), () => cache.match(url.pathname));
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(respond(event, url));
});
