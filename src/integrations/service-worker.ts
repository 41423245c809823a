import type { AstroIntegration } from "astro";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hashedPath } from "../../server/caching.ts";
import { notFoundPages } from "../i18n/languages.ts";
import { precacheEntries, precacheVersion } from "../offline/precache.ts";

const source = new URL("../offline/service-worker.js", import.meta.url);
const placeholder = /^const build = .*; \/\/ precache$/m;

/** Writes dir/sw.js: the worker source with this build's version and precache list inlined. */
export function writeServiceWorker(dir: string): { files: number; bytes: number; version: string } {
  const entries = precacheEntries(dir);
  if (!entries.some((entry) => entry.url === "/")) throw new Error(`no home page in ${dir}`);
  const version = precacheVersion(entries);
  const files = entries.map(({ url, integrity }) => [url, integrity]);
  const code = readFileSync(source, "utf8");
  if (!placeholder.test(code)) throw new Error(`${source.pathname} lost its precache line`);
  const notFound = notFoundPages().map(({ prefix, url }) => [prefix, url]);
  const build = `const build = ${
    JSON.stringify({ version, files, hashed: hashedPath.source, notFound })
  };`;
  writeFileSync(join(dir, "sw.js"), code.replace(placeholder, () => build));
  return { files: entries.length, bytes: entries.reduce((sum, e) => sum + e.bytes, 0), version };
}

/**
 * Generates the service worker after Pagefind has written its index (so the index is precached)
 * and before precompression (so sw.js gets .br and .gz siblings). A failure fails the build.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: "help-center:service-worker",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const { files, bytes, version } = writeServiceWorker(fileURLToPath(dir));
        logger.info(`sw.js ${version}: ${files} files, ${(bytes / 1024).toFixed(0)} KiB precached`);
      },
    },
  };
}
