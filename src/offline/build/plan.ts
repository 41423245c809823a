import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hashedPath } from "../../../server/caching.ts";
import { type OfflineLanguage, offlineLanguages } from "../languages.ts";
import { languageOfPath, saveScript } from "../urls.ts";
import type { SaveList, WorkerBuild } from "../types.ts";
import { assetClosure, type BuiltFile, builtFile, filesUnder, urlOf } from "./files.ts";
import { pagefindIndex, pagefindRuntime, vocabularyOf } from "./pagefind.ts";

/** How long the worker waits for the network before it answers from the cache. */
export const networkTimeout = 3_000;

const notCompressedCopy = (file: string) => !/\.(br|gz)$/.test(file);

/** The icons a page links to. */
function iconsOf(html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="icon"[^>]+href="(\/[^"]+)"/g)].map(([, href]) => href);
}

/**
 * The shell, precached at install: the shell pages of every language (home, search, contact,
 * My messages, 404, offline), the CSS and JS they load or import on use, their icons, Pagefind's
 * runtime and the save script. Nothing in it is per guide.
 */
export function shellUrls(dist: string, languages = offlineLanguages()): string[] {
  const pages = languages.flatMap((lang) => lang.shell);
  const files = pages.map((url) => builtFile(dist, url).file);
  const icons = files.flatMap((file) => iconsOf(readFileSync(join(dist, file), "utf8")));
  return [
    ...new Set([
      ...pages,
      ...assetClosure(dist, files),
      ...icons,
      ...pagefindRuntime(dist),
      saveScript,
    ]),
  ];
}

/** Every page the build wrote (folders as "/x/"), sorted. */
export function pagesOf(dist: string): string[] {
  return filesUnder(dist).filter((file) => file.endsWith(".html")).map(urlOf).sort();
}

/**
 * What "save every guide" stores for one language beyond the shell: every other page of the
 * language (guides, FAQ, the guides index, accessibility), any CSS or JS they need that the shell
 * lacks, and the language's whole search index.
 */
export function saveListUrls(
  dist: string,
  lang: OfflineLanguage,
  shell: Set<string>,
  languages = offlineLanguages(),
): string[] {
  const pages = pagesOf(dist)
    .filter((url) => !shell.has(url) && languageOfPath(languages, url).code === lang.code);
  const assets = assetClosure(dist, pages.map((url) => builtFile(dist, url).file))
    .filter((url) => !shell.has(url));
  return [...pages, ...assets, ...pagefindIndex(dist, lang.code)];
}

export function saveListOf(files: BuiltFile[]): SaveList {
  return { files: files.map(({ url, integrity, bytes }) => [url, integrity, bytes]) };
}

/** Every CSS and JS file of the build. */
export function assetUrls(dist: string): string[] {
  return filesUnder(join(dist, "_astro")).filter(notCompressedCopy).map((file) => `/_astro${file}`)
    .sort();
}

/** A short name for one build: it changes when any file the worker may store changes. */
export function versionOf(files: BuiltFile[]): string {
  const hash = createHash("sha256");
  for (const { url, integrity } of files) hash.update(`${url} ${integrity}\n`);
  return hash.digest("hex").slice(0, 16);
}

/**
 * The worker's build: the shell, assets and search vocabularies pinned, each language with its
 * save list pinned (the lists must already be written into dist). The version covers the lists,
 * so it changes with any page or index chunk too.
 */
export function workerBuild(dist: string, languages = offlineLanguages()): WorkerBuild {
  const shell = shellUrls(dist, languages).map((url) => builtFile(dist, url));
  const assets = assetUrls(dist).map((url) => builtFile(dist, url));
  const asUsed = languages.flatMap((lang) => vocabularyOf(dist, lang.code))
    .map((url) => builtFile(dist, url));
  const lists = languages.map((lang) => builtFile(dist, lang.list));
  const pin = ({ url, integrity }: BuiltFile): [string, string] => [url, integrity];
  return {
    version: versionOf([...shell, ...assets, ...asUsed, ...lists]),
    shell: shell.map(pin),
    assets: assets.map(pin),
    asUsed: asUsed.map(pin),
    hashed: hashedPath.source,
    languages: languages.map((lang, i) => ({
      code: lang.code,
      prefix: lang.prefix,
      notFound: lang.notFound,
      offline: lang.offline,
      list: pin(lists[i]),
    })),
    timeout: networkTimeout,
  };
}
