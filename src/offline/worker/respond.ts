import { assetsNamedBy } from "../asset-references.ts";
import { languageOfPath } from "../urls.ts";
import type { WorkerBuild } from "../types.ts";
import { storedList } from "./saved.ts";
import { cacheNameOf, integrityOf, isWholeFile } from "./store.ts";

// How the worker answers a request of this origin:
// - pages, and files without a hash in their names, from the network while it answers within the
//   build's timeout, else from this build's cache; a page not cached waits for the network, and
//   when there is none gets the offline page (or, in a saved language, the 404 page);
// - files with a hash in their names from the cache first: the same name is the same bytes;
// - a page, hashed file or search vocabulary that was not cached is stored as it passes, if it
//   belongs to this build.

/** Keeps the worker alive for work that goes on after the answer (storing a page). */
type Keep = (work: Promise<unknown>) => void;

export class Responder {
  readonly #hashed: RegExp;
  readonly #assets: Map<string, string>;
  readonly #asUsed: Map<string, string>;

  constructor(readonly build: WorkerBuild) {
    this.#hashed = new RegExp(build.hashed);
    this.#assets = new Map(build.assets);
    this.#asUsed = new Map(build.asUsed);
  }

  async respond(request: Request, preload: Promise<Response | undefined>, keep: Keep) {
    const url = new URL(request.url);
    const cache = await caches.open(cacheNameOf(this.build.version));
    // The server ignores query strings (Pagefind adds ?ts= to its entry), so the cache does too.
    const path = url.pathname.replace(/\/index\.html$/, "/");
    if (request.mode === "navigate") {
      const network = preload.then((preloaded) => preloaded ?? fetch(request));
      // Registered first, so the copy is taken before the page reads the body.
      keep(network.then((fresh) => this.#storePage(cache, path, fresh.clone()), noop));
      const response = await this.#networkFirst(network, () => cache.match(path));
      return response ?? this.#notCached(cache, url, path);
    }
    if (this.#hashed.test(path)) {
      const cached = await cache.match(path);
      if (cached) return cached;
      const response = await fetch(request);
      keep(this.#storeHashed(cache, path, response.clone()));
      return response;
    }
    const network = fetch(request);
    const pinned = this.#asUsed.get(path);
    if (pinned) {
      keep(network.then((fresh) => this.#storePinned(cache, path, pinned, fresh.clone()), noop));
    }
    return (await this.#networkFirst(network, () => cache.match(path))) ?? Response.error();
  }

  /**
   * The network's answer if it comes within the timeout; else the cached copy if there is one,
   * else whatever comes first after all. Undefined when neither has it.
   */
  async #networkFirst(
    network: Promise<Response>,
    cached: () => Promise<Response | undefined>,
  ): Promise<Response | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<"slow">((done) =>
      timer = setTimeout(done, this.build.timeout, "slow")
    );
    const first = await Promise.race([network.catch(() => "failed" as const), slow]);
    clearTimeout(timer);
    if (first instanceof Response) return first;
    if (first === "slow") {
      const copy = await cached();
      if (copy) return copy;
    }
    return network.catch(cached);
  }

  /** A page never stored: its folder URL if that is stored, else the offline or 404 page. */
  async #notCached(cache: Cache, url: URL, path: string): Promise<Response> {
    if (!path.endsWith("/") && await cache.match(`${path}/`)) {
      return Response.redirect(new URL(`${path}/${url.search}`, url), 301);
    }
    const lang = languageOfPath(this.build.languages, path);
    // A language whose list is stored knows every page it has: a path not in it does not exist.
    const list = await storedList(cache, lang);
    const missing = list !== undefined && !list.files.some(([file]) => file === path);
    const page = await cache.match(missing ? lang.notFound : lang.offline);
    if (!page) return Response.error();
    return new Response(page.body, { status: missing ? 404 : 503, headers: page.headers });
  }

  /** Stores a page the network gave, unless stored already or it names assets of another build. */
  async #storePage(cache: Cache, path: string, response: Response): Promise<void> {
    if (!isWholeFile(response) || await cache.match(path)) return;
    if (!response.headers.get("content-type")?.startsWith("text/html")) return;
    const assets = assetsNamedBy(await response.clone().text());
    if (assets.every((asset) => this.#assets.has(asset))) await cache.put(path, response);
  }

  /** Stores an unhashed file as it passes if its bytes are the ones this build pinned. */
  async #storePinned(cache: Cache, path: string, integrity: string, response: Response) {
    if (isWholeFile(response) && (await integrityOf(response)) === integrity) {
      await cache.put(path, response);
    }
  }

  /** Stores a hashed file as it passes: this build's CSS or JS byte for byte, or index chunks. */
  async #storeHashed(cache: Cache, path: string, response: Response): Promise<void> {
    if (!isWholeFile(response)) return;
    const pinned = this.#assets.get(path);
    if (path.startsWith("/_astro/") && (!pinned || pinned !== await integrityOf(response))) return;
    await cache.put(path, response);
  }
}

const noop = () => {};
