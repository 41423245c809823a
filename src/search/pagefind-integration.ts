import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { indexedText, vocabulary } from "./vocabulary.ts";

/**
 * Writes `pagefind/vocabulary.<lang>.json`: the words of each language's indexed pages, most
 * frequent first, which the search page loads only to suggest a spelling. Returns their counts.
 */
async function writeVocabularies(site: string): Promise<Record<string, number>> {
  const texts = new Map<string, string[]>();
  const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith(".html"));
  for (const file of files) {
    const page = indexedText(await readFile(join(site, file), "utf8"));
    if (page) texts.set(page.lang, [...(texts.get(page.lang) ?? []), page.text]);
  }
  const counts: Record<string, number> = {};
  for (const [lang, pages] of texts) {
    const words = vocabulary(pages);
    await writeFile(join(site, "pagefind", `vocabulary.${lang}.json`), JSON.stringify(words));
    counts[lang] = words.length;
  }
  return counts;
}

/** Indexes the built site with Pagefind's Node API and fails the build on any Pagefind error. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "help-center:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join("\n")}`);
        };
        const { index, errors } = await pagefind.createIndex({
          rootSelector: "main",
          excludeSelectors: ["[data-pagefind-ignore]"],
        });
        if (!index || errors.length) fail("createIndex", errors);
        let pages = 0;
        try {
          const added = await index!.addDirectory({ path: site });
          if (added.errors.length) fail("addDirectory", added.errors);
          if (added.page_count === 0) {
            fail("addDirectory", ["no pages were indexed"]);
          }
          pages = added.page_count;
          const written = await index!.writeFiles({
            outputPath: `${site}pagefind`,
          });
          if (written.errors.length) fail("writeFiles", written.errors);
        } finally {
          await pagefind.close();
        }
        // Logged once Pagefind's process has ended, so the benchmark counts its CPU time here.
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${pages} pages in ${ms} ms`);
        const words = Object.entries(await writeVocabularies(site));
        logger.info(`vocabulary: ${words.map(([lang, n]) => `${n} ${lang} words`).join(", ")}`);
      },
    },
  };
}
