import type { Loader, LoaderContext } from "astro/loaders";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { langs } from "../i18n/languages.ts";
import type { Lang } from "../inquiry/categories.ts";
import { frontMatter } from "./front-matter.ts";
import { expandGuideMarkup } from "./guide-markup.ts";

/** `<lang>/<slug>.mdx` (or `.md`) under the guides folder. */
const guideFile = /^([a-z]+)\/([a-z0-9-]+)\.mdx?$/;

/**
 * Guides, each rendered to HTML once while content syncs (its components expanded by
 * guide-markup.ts), not compiled as an MDX module of the build: Astro's build pays per module,
 * and under Deno that cost grows faster than the number of guides (bench/RESULTS.md).
 */
export function guideLoader(base: string): Loader {
  return {
    name: "help-center:guides",
    load: async (context: LoaderContext) => {
      const { config, store, parseData, renderMarkdown, generateDigest, watcher } = context;
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);

      /**
       * Stores one guide and returns its id. Rendered afresh even when the file has not changed:
       * its HTML also depends on deadline rules and UI strings kept elsewhere.
       */
      const sync = async (name: string): Promise<string> => {
        const path = join(dir, name);
        const file = relative(root, path);
        const [, lang, slug] = name.match(guideFile)!;
        if (!langs.includes(lang as Lang)) {
          throw new Error(
            `${file}: guides live in a folder per language (${langs.join(", ")})`,
          );
        }
        const id = `${lang}/${slug}`;
        const source = await readFile(path, "utf8");
        const { data, body } = frontMatter(source, file);
        const parsed = await parseData({ id, data, filePath: path });
        const rendered = await renderMarkdown(expandGuideMarkup(body, lang as Lang, file), {
          fileURL: pathToFileURL(path),
        });
        // The store keeps an entry whose digest has not changed: the HTML must count too.
        const digest = generateDigest(`${source}\n${rendered.html}`);
        store.set({ id, data: parsed, body, filePath: file, digest, rendered });
        return id;
      };

      const listing = await readdir(dir, { recursive: true }).catch((error) => {
        if (error.code !== "ENOENT") throw error;
        context.logger.warn(`there is no guides folder at ${relative(root, dir)}`);
        return [] as string[];
      });
      const names = listing
        .map((name) => name.replaceAll("\\", "/"))
        .filter((name) => guideFile.test(name));
      const kept = new Set(await Promise.all(names.map(sync)));
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);

      // `astro dev` only: follow edits.
      watcher?.add(dir);
      watcher?.on("all", async (event, path) => {
        const name = relative(dir, path).replaceAll("\\", "/");
        const match = name.match(guideFile);
        if (!match) return;
        if (event === "unlink") store.delete(`${match[1]}/${match[2]}`);
        else if (event === "add" || event === "change") {
          await sync(name).catch((error) => context.logger.error(error.message));
        }
      });
    },
  };
}
