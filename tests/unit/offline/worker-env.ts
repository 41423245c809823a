// What the worker's modules need to run under deno test: Cache Storage with paths resolved against
// the site (Deno has no page location), and a network the test plays.

export const origin = "https://help.example";

const absolute = (request: RequestInfo | URL) =>
  typeof request === "string" && request.startsWith("/") ? origin + request : request;

function siteCaches(): CacheStorage {
  const real = globalThis.caches;
  const wrap = (cache: Cache) =>
    ({
      match: (request: RequestInfo | URL) => cache.match(absolute(request)),
      put: (request: RequestInfo | URL, response: Response) =>
        cache.put(absolute(request), response),
      delete: (request: RequestInfo | URL) => cache.delete(absolute(request)),
      keys: () => cache.keys(),
    }) as Cache;
  return {
    open: async (name: string) => wrap(await real.open(name)),
    keys: () => real.keys(),
    delete: (name: string) => real.delete(name),
    has: (name: string) => real.has(name),
  } as CacheStorage;
}
Object.defineProperty(globalThis, "caches", { value: siteCaches() });

/** Plays the network for one test: `answer` per path, a failure when it returns undefined. */
export function network(answer: (path: string) => Response | Promise<Response> | undefined) {
  const real = globalThis.fetch;
  const asked: string[] = [];
  globalThis.fetch = (input: RequestInfo | URL) => {
    // The worker passes on the page's request (a plain object here) or a URL of its own.
    const path = new URL((input as { url?: string }).url ?? String(input), origin).pathname;
    asked.push(path);
    const response = answer(path);
    return response ? Promise.resolve(response) : Promise.reject(new TypeError("offline"));
  };
  return { asked, [Symbol.dispose]: () => globalThis.fetch = real };
}

/** The connection the worker reads (navigator.connection), for one test. */
export function connection(reported: { saveData?: boolean; type?: string } | undefined) {
  Object.defineProperty(navigator, "connection", { value: reported, configurable: true });
  return { [Symbol.dispose]: () => Reflect.deleteProperty(navigator, "connection") };
}

export function html(body: string): Response {
  return new Response(body, { headers: { "content-type": "text/html; charset=utf-8" } });
}
