import type { AstroIntegration } from "astro";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { notFoundPages } from "../i18n/languages.ts";

/** The file in the build that tells the server which not-found page answers which paths. */
export const notFoundList = "not-found.json";

/**
 * Writes dist/not-found.json: `[{ prefix, file }]`, each language's folder before the root, so
 * the server (server/handler.ts) answers an unknown path with the page in its language without
 * knowing the languages itself.
 */
export function notFoundListing(): AstroIntegration {
  return {
    name: "help-center:not-found",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const list = notFoundPages().map(({ prefix, file }) => ({ prefix, file }));
        writeFileSync(join(fileURLToPath(dir), notFoundList), JSON.stringify(list) + "\n");
      },
    },
  };
}
