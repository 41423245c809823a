import type { OfflineRequest, OfflineState, WorkerBuild, WorkerLanguage } from "../types.ts";
import { worker } from "./scope.ts";
import { fill, isSaved, listOf, markOf, type Progress, storedBytes, storedList } from "./saved.ts";
import { cacheNameOf } from "./store.ts";

// "Save every guide" and "Remove saved guides" of the guides index, run by the worker so that a
// save goes on while the borrower reads elsewhere on the site. Every open page hears how it stands.

interface Job extends Progress {
  stopped: boolean;
  done: Promise<void>;
}

export class Saving {
  #jobs = new Map<string, Job>();
  #failed = new Set<string>();

  constructor(readonly build: WorkerBuild) {}

  #cache() {
    return caches.open(cacheNameOf(this.build.version));
  }

  /** Answers a page's request; anything else it was sent is ignored. */
  handle(request: unknown): Promise<void> {
    const { offline, lang: code } = (request ?? {}) as Partial<OfflineRequest>;
    const lang = this.build.languages.find((lang) => lang.code === code);
    if (!lang) return Promise.resolve();
    if (offline === "save") return this.save(lang);
    if (offline === "remove") return this.remove(lang);
    if (offline === "status") return this.announce(lang);
    return Promise.resolve();
  }

  async #state(lang: WorkerLanguage): Promise<OfflineState> {
    const job = this.#jobs.get(lang.code);
    const base = {
      offline: "state" as const,
      lang: lang.code,
      failed: this.#failed.has(lang.code),
    };
    if (job) return { ...base, saved: true, saving: true, ...this.#progressOf(job) };
    const cache = await this.#cache();
    const list = await storedList(cache, lang);
    const totalBytes = list?.files.reduce((sum, [, , bytes]) => sum + bytes, 0) ?? 0;
    return {
      ...base,
      saved: await isSaved(cache, lang),
      saving: false,
      savedBytes: list ? await storedBytes(cache, list) : 0,
      totalBytes,
    };
  }

  #progressOf({ savedBytes, totalBytes }: Progress) {
    return { savedBytes, totalBytes };
  }

  /** Tells every open page of the site how the language stands. */
  async announce(lang: WorkerLanguage, state?: OfflineState): Promise<void> {
    const message = state ?? await this.#state(lang);
    const pages = await worker.clients.matchAll({ type: "window", includeUncontrolled: true });
    for (const page of pages) page.postMessage(message);
  }

  save(lang: WorkerLanguage): Promise<void> {
    const running = this.#jobs.get(lang.code);
    if (running) return this.announce(lang).then(() => running.done);
    const job: Job = { stopped: false, savedBytes: 0, totalBytes: 0, done: Promise.resolve() };
    this.#jobs.set(lang.code, job);
    this.#failed.delete(lang.code);
    const progress = (): OfflineState => ({
      offline: "state",
      lang: lang.code,
      saved: true,
      saving: true,
      failed: false,
      ...this.#progressOf(job),
    });
    job.done = (async () => {
      try {
        const cache = await this.#cache();
        const list = await listOf(cache, lang);
        await cache.put(markOf(lang), new Response("saved"));
        let told = 0;
        const tell = () => {
          // Often enough for a progress bar, not a message per file.
          if (Date.now() - told < 150) return;
          told = Date.now();
          void this.announce(lang, progress());
        };
        await fill(cache, list, job, tell, () => job.stopped);
      } catch {
        this.#failed.add(lang.code);
      } finally {
        this.#jobs.delete(lang.code);
      }
      await this.announce(lang);
    })();
    return job.done;
  }

  /** Deletes the language's saved pages and index, stopping a save under way first. */
  async remove(lang: WorkerLanguage): Promise<void> {
    const running = this.#jobs.get(lang.code);
    if (running) {
      running.stopped = true;
      await running.done;
    }
    const cache = await this.#cache();
    const list = await storedList(cache, lang);
    for (const [url] of list?.files ?? []) await cache.delete(url);
    await cache.delete(markOf(lang));
    await cache.delete(lang.list[0]);
    this.#failed.delete(lang.code);
    await this.announce(lang);
  }
}
