// What the build tells the service worker, and what the worker and the guides index say to each
// other. Shared by the build (Deno), the worker (WebWorker) and the page: types only.

/** A file the worker checks before storing it: its URL and "sha256-<base64>" of its bytes. */
export type Pinned = [url: string, integrity: string];

/** One language as the worker sees it (src/offline/languages.ts). */
export interface WorkerLanguage {
  code: string;
  prefix: string;
  notFound: string;
  offline: string;
  /** Its save list (/offline/<code>.json), pinned to this build. */
  list: Pinned;
}

/** One build, bundled into sw.js. Its size does not grow with the number of guides. */
export interface WorkerBuild {
  /** Names the build's cache; changes when any page, asset or index file of the build changes. */
  version: string;
  /** Precached at install. */
  shell: Pinned[];
  /** Every CSS and JS file of the build: a page is stored only if all those it names are here. */
  assets: Pinned[];
  /**
   * Files without a hash in their names, stored as they are used when their bytes are this
   * build's: each language's search vocabulary, so a search run once spells offline too.
   */
  asUsed: Pinned[];
  /** Source of the pattern of paths whose names change with their bytes (server/caching.ts). */
  hashed: string;
  languages: WorkerLanguage[];
  /** How long a page or file may take from the network before the cached copy is answered. */
  timeout: number;
}

/** /offline/<code>.json: every file of the language that is not in the shell. */
export interface SaveList {
  files: [url: string, integrity: string, bytes: number][];
}

/** From the guides index to the worker. */
export interface OfflineRequest {
  offline: "status" | "save" | "remove";
  lang: string;
}

/** From the worker to every open page: where saving a language stands. */
export interface OfflineState {
  offline: "state";
  lang: string;
  /** The borrower asked for every guide of the language (and has not removed them). */
  saved: boolean;
  saving: boolean;
  /** The last save stopped before the end. */
  failed: boolean;
  savedBytes: number;
  totalBytes: number;
}
