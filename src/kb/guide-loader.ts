import type { Loader, LoaderContext } from "astro/loaders";
import { AstroError } from "astro/errors";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { langs } from "../i18n/languages.ts";
import type { CategoryId, Lang } from "../inquiry/categories.ts";
import { inquiryTopicsOf } from "./components/ContactLink.tsx";
import { frontMatter } from "./front-matter.ts";
import { compileGuide, type GuideFeatures } from "./guide-mdx.ts";
import { GuideError, positionAt, type Problem } from "./guide-problems.ts";

/**
 * The build's error for broken guides. Astro replaces the hint of any error whose text says
 * "document" or "window" with advice about browser APIs; the values listed here say "document".
 */
class GuidesError extends AstroError {
  /** Where Astro's report says the error is (it prints one place). */
  loc?: { file: string; line: number; column: number };

  override toString(): string {
    return "GuidesError: guides cannot be built";
  }
}

/** `<lang>/<slug>.mdx` (or `.md`) under the guides folder. */
const guideFile = /^([a-z]+)\/([a-z0-9-]+)\.mdx?$/;

/** The contact form topic in the front matter must be one of the category's (src/inquiry). */
function inquiryTopicProblem(
  source: string,
  data: { category: CategoryId; inquiryTopic?: string },
): Problem | undefined {
  const topics = inquiryTopicsOf(data.category);
  if (data.inquiryTopic === undefined || topics.includes(data.inquiryTopic)) return undefined;
  const key = source.match(/^inquiryTopic:[ \t]*/m);
  return {
    at: key?.index === undefined ? undefined : positionAt(source, key.index + key[0].length),
    message:
      `inquiryTopic "${data.inquiryTopic}" is not a topic of the category "${data.category}"` +
      `, one of: ${topics.join(", ")}`,
  };
}

/**
 * Guides, each compiled as MDX to HTML once while content syncs (src/kb/guide-mdx.ts), not as a
 * module of the build: Astro's build pays per module, and under Deno that cost grows faster than
 * the number of guides (bench/RESULTS.md). Every broken guide is reported, then the sync fails.
 */
export function guideLoader(base: string): Loader {
  return {
    name: "help-center:guides",
    load: async (context: LoaderContext) => {
      const { config, store, parseData, generateDigest, watcher } = context;
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);
      const features: GuideFeatures = {
        gfm: config.markdown.gfm !== false,
        smartPunctuation: config.markdown.smartypants !== false,
      };

      /**
       * Stores one guide and returns its id. Compiled afresh even when the file has not changed:
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
        const { data, body, bodyStart } = frontMatter(source, file);
        // Everything wrong with the guide at once: its front matter, then its body.
        const compiled = compileGuide(source, bodyStart, lang as Lang, features);
        const problems = "problems" in compiled ? compiled.problems : [];
        let parsed: Record<string, unknown> | undefined;
        let invalidData: string | undefined;
        try {
          parsed = await parseData({ id, data, filePath: path });
          const topic = inquiryTopicProblem(source, parsed as { category: CategoryId });
          if (topic) problems.unshift(topic);
        } catch (error) {
          invalidData = (error as Error).message;
        }
        if (!parsed || problems.length > 0 || "problems" in compiled) {
          throw new GuideError(file, problems, invalidData);
        }
        const rendered = { html: compiled.html, metadata: { headings: compiled.headings } };
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
        .filter((name) => guideFile.test(name))
        .sort();
      const results = await Promise.allSettled(names.map(sync));
      const failures = results.flatMap((r) => r.status === "rejected" ? [r.reason as Error] : []);
      if (failures.length > 0) {
        const error = new GuidesError(
          `${failures.length} of ${names.length} guides cannot be built:\n\n` +
            failures.map((failure) => failure.message).join("\n\n"),
          "Each line names the file, line and column. The components, their attributes and the " +
            'values they take: README, "Add a guide".',
        );
        // Astro prints one location: the first problem that has one.
        const located = failures.flatMap((failure) =>
          failure instanceof GuideError
            ? failure.problems.flatMap(({ at }) =>
              at ? [{ file: failure.file, ...at }] : []
            )
            : []
        )[0];
        if (located) error.loc = { ...located, file: resolve(root, located.file) };
        throw error;
      }
      const kept = new Set(results.map((r) => (r as PromiseFulfilledResult<string>).value));
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
